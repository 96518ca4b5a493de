export { AccessReview, type Removal } from './access-review';
