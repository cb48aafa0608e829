/** The channel between Mamori's in-page provider (MAIN world) and its relay (ISOLATED world). */
export const WALLET_REQUEST_EVENT = "mamori-wallet:request"
export const WALLET_RESPONSE_EVENT = "mamori-wallet:response"
export const WALLET_STATE_EVENT = "mamori-wallet:state"

/** EIP-6963 `info` of Mamori's provider (the uuid is made per page load, as the EIP asks). */
export const MAMORI_PROVIDER_NAME = "Mamori"
export const MAMORI_RDNS = "app.mamori"
/** A shield, as an SVG data URI (EIP-6963 wants a data URI, at least 96×96 when rendered). */
export const MAMORI_ICON =
  "data:image/svg+xml;base64," +
  // <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"><rect width="96" height="96" rx="20" fill="#1f2937"/><path d="M48 14 76 24v22c0 18-12 30-28 36-16-6-28-18-28-36V24z" fill="#e11d48"/><path d="M36 48l8 8 16-18" stroke="#fff" stroke-width="7" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>
  "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCA5NiA5NiI+PHJlY3Qgd2lkdGg9Ijk2IiBoZWlnaHQ9Ijk2IiByeD0iMjAiIGZpbGw9IiMxZjI5MzciLz48cGF0aCBkPSJNNDggMTQgNzYgMjR2MjJjMCAxOC0xMiAzMC0yOCAzNi0xNi02LTI4LTE4LTI4LTM2VjI0eiIgZmlsbD0iI2UxMWQ0OCIvPjxwYXRoIGQ9Ik0zNiA0OGw4IDggMTYtMTgiIHN0cm9rZT0iI2ZmZiIgc3Ryb2tlLXdpZHRoPSI3IiBmaWxsPSJub25lIiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiLz48L3N2Zz4="

/** The port each wallet relay keeps open for its page's document: it closes when the document goes away. */
export const WALLET_DOCUMENT_PORT = "mamori-wallet-document"
