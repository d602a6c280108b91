/** The taxonomy and the field classifier: whether a field or value is personal data, and which. */
export {
  CATEGORIES,
  CATEGORY_ALIASES,
  canonicalCategory,
  categoryCovers,
  getCategory,
  isCategoryKey,
  isSensitiveCategory,
  isSpecialCategory,
  suggestCategory,
  type Category,
} from './taxonomy.js';
export { classifyField, classifyName, isPersonModel, type ClassifyOptions } from './classifier.js';
export { splitWords } from './words.js';
