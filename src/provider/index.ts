export * from "./provider";
export * from "./provider-data";
export * from "./resources/project";
export * from "./resources/project-flow";
export * from "./resources/project-branding";
export * from "./data-sources/project";
export * from "./data-sources/projects";
