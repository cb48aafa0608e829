// SPDX-License-Identifier: GPL-3.0
/*
    Copyright 2021 0KIMS association.

    This file is generated with [snarkJS](https://github.com/iden3/snarkjs).

    snarkJS is a free software: you can redistribute it and/or modify it
    under the terms of the GNU General Public License as published by
    the Free Software Foundation, either version 3 of the License, or
    (at your option) any later version.

    snarkJS is distributed in the hope that it will be useful, but WITHOUT
    ANY WARRANTY; without even the implied warranty of MERCHANTABILITY
    or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public
    License for more details.

    You should have received a copy of the GNU General Public License
    along with snarkJS. If not, see <https://www.gnu.org/licenses/>.
*/

pragma solidity >=0.7.0 <0.9.0;

contract Groth16Verifier {
    // Scalar field size
    uint256 constant r    = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    // Base field size
    uint256 constant q   = 21888242871839275222246405745257275088696311157297823662689037894645226208583;

    // Verification Key data
    uint256 constant alphax  = 20634143163666849777489097084648109191098158162081229535511658075898211085712;
    uint256 constant alphay  = 7628388386076492275260976151633739336751197629948118637113995334384903068182;
    uint256 constant betax1  = 17283157037226606358827596975574642860719968555375723720935882460349931107326;
    uint256 constant betax2  = 16087639884577832290847742422591136162263842461176402674417599174579932794193;
    uint256 constant betay1  = 15598321766923948835694292297676138047999528307834882099033688455636637813991;
    uint256 constant betay2  = 4388092973841169574962870991744707247493312352428824572809388161130102511264;
    uint256 constant gammax1 = 11559732032986387107991004021392285783925812861821192530917403151452391805634;
    uint256 constant gammax2 = 10857046999023057135944570762232829481370756359578518086990519993285655852781;
    uint256 constant gammay1 = 4082367875863433681332203403145435568316851327593401208105741076214120093531;
    uint256 constant gammay2 = 8495653923123431417604973247489272438418190587263600148770280649306958101930;
    uint256 constant deltax1 = 12567152872894074422840897430775241310173356034883172982128907329874161405765;
    uint256 constant deltax2 = 7263170602373563499491145658440538590968919818329264935402967674239343720417;
    uint256 constant deltay1 = 951101381692415084807817990566385636030049995540893162831708426998385714284;
    uint256 constant deltay2 = 12489451221581738101713441934321975818054604204170917187079092482459085476638;

    
    uint256 constant IC0x = 10411282879081387773626987352841924580505619527421968934414142938078497535470;
    uint256 constant IC0y = 6828706470592208342620268708463426064962123210559885411411928106868610974292;
    
    uint256 constant IC1x = 13058698461044056460085601981953918023222610356544397135216440990652588227628;
    uint256 constant IC1y = 14411698950496489187114414593774156522987678433124961603856461966726453446446;
    
    uint256 constant IC2x = 3985433547451952541122919442650023647704089378070502005712695388218129284815;
    uint256 constant IC2y = 10458550448952173937602149490118782598072325214285316437708261105091904099487;
    
    uint256 constant IC3x = 19885554838239890058186301330698086438707425358402354990477694791318397537624;
    uint256 constant IC3y = 21643894119651600746393397978055527563948541973461535025387797724944672983826;
    
    uint256 constant IC4x = 1855805044290213519273244037884898557825307238567323168151945046894115473390;
    uint256 constant IC4y = 13626919072652239056270141208641881610505227916394191694015424921014513914380;
    
    uint256 constant IC5x = 7492135494867953061908440633406671314764915897249106770521694297725259676254;
    uint256 constant IC5y = 4328061818269080286675627404273021517359510722671727498239227768022710534188;
    
    uint256 constant IC6x = 12556334254033913996827591536655334671829929228384233948827932519664548733774;
    uint256 constant IC6y = 4261761151271521363184990072166716951512604786143072697660909705740535651004;
    
    uint256 constant IC7x = 6648654841559473949697109461756264662895209168166196879372414897968004008938;
    uint256 constant IC7y = 18641423439362804079665614851793768450818906939732786688300227172143897505801;
    
    uint256 constant IC8x = 14901124435829152003441149540568307675667215933967578659740016682287448628478;
    uint256 constant IC8y = 17877091135642828611307094638593673641299488763739590774109736422809887401008;
    
    uint256 constant IC9x = 6020547588437557188694950521747799862022093746871183664069691962098588334201;
    uint256 constant IC9y = 14969479052750979541146736489167745183554536040979134249616651907979336512248;
    
    uint256 constant IC10x = 6309692628906498737927340558785614511892732342425150894106182231211529113341;
    uint256 constant IC10y = 18092691411932902685077780980705933429738459184812542862360902810938444543556;
    
    uint256 constant IC11x = 10639908068857743162464909370313673828762734078887764931778556849754756187117;
    uint256 constant IC11y = 11828209629446708232111378711959378479680018740970760229397931493979372802764;
    
 
    // Memory data
    uint16 constant pVk = 0;
    uint16 constant pPairing = 128;

    uint16 constant pLastMem = 896;

    function verifyProof(uint[2] calldata _pA, uint[2][2] calldata _pB, uint[2] calldata _pC, uint[11] calldata _pubSignals) public view returns (bool) {
        assembly {
            function checkField(v) {
                if iszero(lt(v, r)) {
                    mstore(0, 0)
                    return(0, 0x20)
                }
            }
            
            // G1 function to multiply a G1 value(x,y) to value in an address
            function g1_mulAccC(pR, x, y, s) {
                let success
                let mIn := mload(0x40)
                mstore(mIn, x)
                mstore(add(mIn, 32), y)
                mstore(add(mIn, 64), s)

                success := staticcall(sub(gas(), 2000), 7, mIn, 96, mIn, 64)

                if iszero(success) {
                    mstore(0, 0)
                    return(0, 0x20)
                }

                mstore(add(mIn, 64), mload(pR))
                mstore(add(mIn, 96), mload(add(pR, 32)))

                success := staticcall(sub(gas(), 2000), 6, mIn, 128, pR, 64)

                if iszero(success) {
                    mstore(0, 0)
                    return(0, 0x20)
                }
            }

            function checkPairing(pA, pB, pC, pubSignals, pMem) -> isOk {
                let _pPairing := add(pMem, pPairing)
                let _pVk := add(pMem, pVk)

                mstore(_pVk, IC0x)
                mstore(add(_pVk, 32), IC0y)

                // Compute the linear combination vk_x
                
                g1_mulAccC(_pVk, IC1x, IC1y, calldataload(add(pubSignals, 0)))
                
                g1_mulAccC(_pVk, IC2x, IC2y, calldataload(add(pubSignals, 32)))
                
                g1_mulAccC(_pVk, IC3x, IC3y, calldataload(add(pubSignals, 64)))
                
                g1_mulAccC(_pVk, IC4x, IC4y, calldataload(add(pubSignals, 96)))
                
                g1_mulAccC(_pVk, IC5x, IC5y, calldataload(add(pubSignals, 128)))
                
                g1_mulAccC(_pVk, IC6x, IC6y, calldataload(add(pubSignals, 160)))
                
                g1_mulAccC(_pVk, IC7x, IC7y, calldataload(add(pubSignals, 192)))
                
                g1_mulAccC(_pVk, IC8x, IC8y, calldataload(add(pubSignals, 224)))
                
                g1_mulAccC(_pVk, IC9x, IC9y, calldataload(add(pubSignals, 256)))
                
                g1_mulAccC(_pVk, IC10x, IC10y, calldataload(add(pubSignals, 288)))
                
                g1_mulAccC(_pVk, IC11x, IC11y, calldataload(add(pubSignals, 320)))
                

                // -A
                mstore(_pPairing, calldataload(pA))
                mstore(add(_pPairing, 32), mod(sub(q, calldataload(add(pA, 32))), q))

                // B
                mstore(add(_pPairing, 64), calldataload(pB))
                mstore(add(_pPairing, 96), calldataload(add(pB, 32)))
                mstore(add(_pPairing, 128), calldataload(add(pB, 64)))
                mstore(add(_pPairing, 160), calldataload(add(pB, 96)))

                // alpha1
                mstore(add(_pPairing, 192), alphax)
                mstore(add(_pPairing, 224), alphay)

                // beta2
                mstore(add(_pPairing, 256), betax1)
                mstore(add(_pPairing, 288), betax2)
                mstore(add(_pPairing, 320), betay1)
                mstore(add(_pPairing, 352), betay2)

                // vk_x
                mstore(add(_pPairing, 384), mload(add(pMem, pVk)))
                mstore(add(_pPairing, 416), mload(add(pMem, add(pVk, 32))))


                // gamma2
                mstore(add(_pPairing, 448), gammax1)
                mstore(add(_pPairing, 480), gammax2)
                mstore(add(_pPairing, 512), gammay1)
                mstore(add(_pPairing, 544), gammay2)

                // C
                mstore(add(_pPairing, 576), calldataload(pC))
                mstore(add(_pPairing, 608), calldataload(add(pC, 32)))

                // delta2
                mstore(add(_pPairing, 640), deltax1)
                mstore(add(_pPairing, 672), deltax2)
                mstore(add(_pPairing, 704), deltay1)
                mstore(add(_pPairing, 736), deltay2)


                let success := staticcall(sub(gas(), 2000), 8, _pPairing, 768, _pPairing, 0x20)

                isOk := and(success, mload(_pPairing))
            }

            let pMem := mload(0x40)
            mstore(0x40, add(pMem, pLastMem))

            // Validate that all evaluations ∈ F
            
            checkField(calldataload(add(_pubSignals, 0)))
            
            checkField(calldataload(add(_pubSignals, 32)))
            
            checkField(calldataload(add(_pubSignals, 64)))
            
            checkField(calldataload(add(_pubSignals, 96)))
            
            checkField(calldataload(add(_pubSignals, 128)))
            
            checkField(calldataload(add(_pubSignals, 160)))
            
            checkField(calldataload(add(_pubSignals, 192)))
            
            checkField(calldataload(add(_pubSignals, 224)))
            
            checkField(calldataload(add(_pubSignals, 256)))
            
            checkField(calldataload(add(_pubSignals, 288)))
            
            checkField(calldataload(add(_pubSignals, 320)))
            

            // Validate all evaluations
            let isValid := checkPairing(_pA, _pB, _pC, _pubSignals, pMem)

            mstore(0, isValid)
             return(0, 0x20)
         }
     }
 }
