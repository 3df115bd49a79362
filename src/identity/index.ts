/** The document's identity: who issued it, whose numbers it uses, and what names it (see README, "Issuer and self-keys"). */
export {resolveIdentity, issuerWeight, STRONG} from './resolve.js'
export {identityOccurrences, readsAsLabel, type KeyUnit, type PlacedKey} from './self-keys.js'
export type {Evidence, EvidenceKind, Identity, IdentityInput, IdentityLine} from './types.js'
