export * from "./kyc-project";
export * from "./kyc-project-props";
export * from "./project-template";
export { validateKycProjectProps } from "./validate-kyc-project-props";
