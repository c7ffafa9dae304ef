/**
 * Wire types of the v3 API as the client sees them. Request bodies are the model's inferred types;
 * answers are typed loosely (known fields typed, everything else passed through untouched).
 */

import type { ProjectStatus, TARGETS } from "../model";

/** Project lifecycle status (the model's contract). */
export type { ProjectStatus };

/** A project flow as returned by the API (populated in project GET/list, or from the flow endpoints). */
export interface ProjectFlow {
  _id: string;
  project?: string;
  type?: string;
  target?: string;
  name?: string;
  status?: string;
  version?: number;
  [key: string]: unknown;
}

/** A project as returned by the API. `projectFlows` is an id string after writes, an array on GET/list. */
export interface Project {
  _id: string;
  name: string;
  status?: ProjectStatus | "deleted";
  projectFlows?: string | ProjectFlow[] | null;
  [key: string]: unknown;
}

/** Request bodies come from the zod model (the single source of the API's rules). */
export type { FlowCreateInput, ProjectCreateInput, ProjectUpdateInput } from "../model";
/** Body of `PUT /v3/project-flows/{id}`: a partial flow configuration. */
export type { FlowConfigInput as FlowUpdateInput } from "../model";

/** Filters of `GET /v3/projects` (API spelling). */
export interface ProjectListFilters {
  like_name?: string;
  where_status?: ProjectStatus;
  where_target?: (typeof TARGETS)[number];
  where_createdAt?: string;
  in_status?: ProjectStatus[];
}

/** Filters of `GET /v3/project-flows`. */
export interface FlowListFilters {
  type?: string;
  status?: string;
}

/** One page of a list, normalised from either pagination envelope. */
export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
  pages: number;
}
