/** One token of the gallery, read back from the collection (its tokenURI is decoded in the popup). */
export type GalleryItem = { tokenId: string; prompt: string; tokenURI: string; aigcData: string }
