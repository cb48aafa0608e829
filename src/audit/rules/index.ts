/** Every Shield rule, in the order findings are reported within a severity. One rule per file. */
import type { Rule } from "./rule"
import { addressPoisoning } from "./addressPoisoning"
import { approvalToEoa } from "./approvalToEoa"
import { approvalUnknownSpender } from "./approvalUnknownSpender"
import { batchHiddenApproval } from "./batchHiddenApproval"
import { blindEthSign } from "./blindEthSign"
import { blocklistedAddress } from "./blocklistedAddress"
import { chainFactsUnavailable } from "./chainFactsUnavailable"
import { contractCreation } from "./contractCreation"
import { eip7702Delegation } from "./eip7702Delegation"
import { malformedRequest } from "./malformedRequest"
import { nftApprovalForAll } from "./nftApprovalForAll"
import { nftOrderNearZeroPrice } from "./nftOrderNearZeroPrice"
import { nftOrderNoProceeds } from "./nftOrderNoProceeds"
import { nftOrderProceedsToThirdParty } from "./nftOrderProceedsToThirdParty"
import { orderFixedTaker } from "./orderFixedTaker"
import { permitFarFutureDeadline } from "./permitFarFutureDeadline"
import { permitOpenEndedUnknownSpender } from "./permitOpenEndedUnknownSpender"
import { personalSignUnreadable } from "./personalSignUnreadable"
import { personalSignHash } from "./personalSignHash"
import { safeDelegatecall } from "./safeDelegatecall"
import { scamSelector } from "./scamSelector"
import { simulationDisagrees } from "./simulationDisagrees"
import { simulationOutflowUnknownRecipient } from "./simulationOutflowUnknownRecipient"
import { simulationReverts } from "./simulationReverts"
import { simulationUnavailable } from "./simulationUnavailable"
import { siweAddressMismatch } from "./siweAddressMismatch"
import { siweDomainMismatch } from "./siweDomainMismatch"
import { swapOutputToThirdParty } from "./swapOutputToThirdParty"
import { tradingAgentApproval } from "./tradingAgentApproval"
import { transferToContractAddress } from "./transferToContractAddress"
import { typedDataChainMismatch } from "./typedDataChainMismatch"
import { undecodedCall } from "./undecodedCall"
import { unlimitedApproval } from "./unlimitedApproval"
import { unsupportedMethod } from "./unsupportedMethod"
import { valueToTokenContract } from "./valueToTokenContract"
import { blindBulkListing } from "./blindBulkListing"
import { grantToUnknownParty } from "./grantToUnknownParty"
import { orderPoorProceeds } from "./orderPoorProceeds"
import { outflowToStranger } from "./outflowToStranger"
import { ownershipTransfer } from "./ownershipTransfer"
import { payableClaimCall } from "./payableClaimCall"
import { safeAdminChange } from "./safeAdminChange"
import { unreadableField } from "./unreadableField"
import { unrecognisedTypedData } from "./unrecognisedTypedData"
import { typedDataVerifyingContract } from "./typedDataVerifyingContract"
import { originLookalike } from "./originLookalike"
import { unreadCallNamesStranger } from "./unreadCallNamesStranger"

export const RULES: readonly Rule[] = [
  addressPoisoning,
  approvalToEoa,
  approvalUnknownSpender,
  batchHiddenApproval,
  blindEthSign,
  blocklistedAddress,
  chainFactsUnavailable,
  contractCreation,
  eip7702Delegation,
  malformedRequest,
  nftApprovalForAll,
  nftOrderNearZeroPrice,
  nftOrderNoProceeds,
  nftOrderProceedsToThirdParty,
  orderFixedTaker,
  permitFarFutureDeadline,
  permitOpenEndedUnknownSpender,
  personalSignUnreadable,
  personalSignHash,
  safeDelegatecall,
  scamSelector,
  simulationDisagrees,
  simulationOutflowUnknownRecipient,
  simulationReverts,
  simulationUnavailable,
  siweAddressMismatch,
  siweDomainMismatch,
  swapOutputToThirdParty,
  tradingAgentApproval,
  transferToContractAddress,
  typedDataChainMismatch,
  undecodedCall,
  unlimitedApproval,
  unsupportedMethod,
  valueToTokenContract,
  typedDataVerifyingContract,
  blindBulkListing,
  grantToUnknownParty,
  orderPoorProceeds,
  outflowToStranger,
  ownershipTransfer,
  payableClaimCall,
  safeAdminChange,
  unreadableField,
  unrecognisedTypedData,
  originLookalike,
  unreadCallNamesStranger
]

export type { Rule } from "./rule"
