export { api, queryKeys } from "./client.ts";
export {
  ApiRequestError,
  ContractError,
  type FieldIssue,
  isUnauthenticated,
  NetworkError,
} from "./errors.ts";
