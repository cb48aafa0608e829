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
    uint256 constant deltax1 = 12413367360819290655374179416624198761454560627727720457806070495515139422368;
    uint256 constant deltax2 = 6991250253079887069838621931242356357090022972951634982177192316222240726522;
    uint256 constant deltay1 = 6755042787490476912488938311529601385613659664519867048651927759180314539648;
    uint256 constant deltay2 = 17465193339028473399742839476902168280851766710699788850011883900408125743656;

    
    uint256 constant IC0x = 14202493846176028907445059772914541065956029001076592624858246418177798452246;
    uint256 constant IC0y = 10283151596334516814346033538143901506090935447576427841707982467449539853143;
    
    uint256 constant IC1x = 7822131711452464285071911929892076967626015255299096312424329546015370989693;
    uint256 constant IC1y = 3981412383897830504547544712530236280562144556628542763151853088007583284445;
    
    uint256 constant IC2x = 4301294913798559971088485881954043105477103220779189087858430693269295340934;
    uint256 constant IC2y = 38403114405820214756583045105973057818630984848219189078641822085752532081;
    
    uint256 constant IC3x = 16932394536615559038530487702427900442921066814091863167353360332308833726701;
    uint256 constant IC3y = 18275431541941764852956821074409396163367116658689811401667744236103526381024;
    
    uint256 constant IC4x = 15196641988623176700189256951818911821182562438507961659771035872688144737396;
    uint256 constant IC4y = 9959906103323569084928428793550819925283984649012637283367369683953470450064;
    
    uint256 constant IC5x = 7260783666721649248451156726405832901267275976362447093048850298788474820367;
    uint256 constant IC5y = 3605205358729354822387002755764064372759334657001281873717920142115660067294;
    
    uint256 constant IC6x = 11414314410640158632530821156234097669910526738497446866826169622984253889667;
    uint256 constant IC6y = 8735706047369013606849884013654312283069748433517419063310685818171155502515;
    
    uint256 constant IC7x = 10491915846310289312771515951294551532867994334128305217716003697535001387202;
    uint256 constant IC7y = 11314228095716065831575180184539572098780342259862247778782628776184487626397;
    
    uint256 constant IC8x = 5624775668005819284935606941112229729594989053172132869768974129597999747860;
    uint256 constant IC8y = 13239431903994178853214456932183533352113174047424484401876796077943247674964;
    
    uint256 constant IC9x = 6070887892281387394206806199431720735676661511581682482741079047702964912109;
    uint256 constant IC9y = 3004890463505290289828295645566900488909841113887357483200836102006299890949;
    
    uint256 constant IC10x = 17777142914703610122758242559152675930010238938098390743394391095992142501936;
    uint256 constant IC10y = 11946174319378942649633648759354099271428997928973950824026238085389373554350;
    
    uint256 constant IC11x = 5207162317356134906479193115710198193229944132313852547947474674233188868919;
    uint256 constant IC11y = 8841602913289996360585584917012219342181910720965080599243349244722310465258;
    
 
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
