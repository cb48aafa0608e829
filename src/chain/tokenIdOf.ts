/** The collection's token id of a prompt: uint256(keccak256(utf8(prompt))) (MamoriArt.tokenId). */
export { promptTokenId as tokenIdOf } from "../art/promptField"
