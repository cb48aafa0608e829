/** The gallery's prompts, shared by gallery.ts (mamori-art-v1) and galleryScene.ts (both side by side). */
export const GALLERY_PROMPTS = [
  "a quiet harbour at dawn",
  "neon koi in a midnight pond",
  "desert dunes under two moons",
  "autumn forest after rain",
  "a lighthouse in a storm",
  "cherry blossoms over a river",
  "the last train to the mountains",
  "coral reef in morning light",
  "a cathedral made of ice",
  "lavender fields in provence",
  "an owl reading by candlelight",
  "aurora over a frozen lake",
  "copper rooftops of an old city",
  "a garden on the moon",
  "rust and teal machinery",
  "hello world"
]
