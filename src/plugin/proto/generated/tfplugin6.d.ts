import * as $protobuf from "protobufjs";
import Long = require("long");
export namespace tfplugin6 {

    interface IDynamicValue {
        msgpack?: (Uint8Array|null);
        json?: (Uint8Array|null);
    }

    class DynamicValue implements IDynamicValue {
        constructor(properties?: tfplugin6.IDynamicValue);
        public msgpack: Uint8Array;
        public json: Uint8Array;
        public static encode(message: tfplugin6.IDynamicValue, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.DynamicValue;
    }

    interface IDiagnostic {
        severity?: (tfplugin6.Diagnostic.Severity|null);
        summary?: (string|null);
        detail?: (string|null);
        attribute?: (tfplugin6.IAttributePath|null);
    }

    class Diagnostic implements IDiagnostic {
        constructor(properties?: tfplugin6.IDiagnostic);
        public severity: tfplugin6.Diagnostic.Severity;
        public summary: string;
        public detail: string;
        public attribute?: (tfplugin6.IAttributePath|null);
        public static encode(message: tfplugin6.IDiagnostic, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Diagnostic;
    }

    namespace Diagnostic {

        enum Severity {
            INVALID = 0,
            ERROR = 1,
            WARNING = 2
        }
    }

    interface IAttributePath {
        steps?: (tfplugin6.AttributePath.IStep[]|null);
    }

    class AttributePath implements IAttributePath {
        constructor(properties?: tfplugin6.IAttributePath);
        public steps: tfplugin6.AttributePath.IStep[];
        public static encode(message: tfplugin6.IAttributePath, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.AttributePath;
    }

    namespace AttributePath {

        interface IStep {
            attributeName?: (string|null);
            elementKeyString?: (string|null);
            elementKeyInt?: (number|null);
        }

        class Step implements IStep {
            constructor(properties?: tfplugin6.AttributePath.IStep);
            public attributeName?: (string|null);
            public elementKeyString?: (string|null);
            public elementKeyInt?: (number|null);
            public selector?: ("attributeName"|"elementKeyString"|"elementKeyInt");
            public static encode(message: tfplugin6.AttributePath.IStep, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.AttributePath.Step;
        }
    }

    interface IStopProvider {
    }

    class StopProvider implements IStopProvider {
        constructor(properties?: tfplugin6.IStopProvider);
        public static encode(message: tfplugin6.IStopProvider, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.StopProvider;
    }

    namespace StopProvider {

        interface IRequest {
        }

        class Request implements IRequest {
            constructor(properties?: tfplugin6.StopProvider.IRequest);
            public static encode(message: tfplugin6.StopProvider.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.StopProvider.Request;
        }

        interface IResponse {
            Error?: (string|null);
        }

        class Response implements IResponse {
            constructor(properties?: tfplugin6.StopProvider.IResponse);
            public Error: string;
            public static encode(message: tfplugin6.StopProvider.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.StopProvider.Response;
        }
    }

    interface IRawState {
        json?: (Uint8Array|null);
        flatmap?: ({ [k: string]: string }|null);
    }

    class RawState implements IRawState {
        constructor(properties?: tfplugin6.IRawState);
        public json: Uint8Array;
        public flatmap: { [k: string]: string };
        public static encode(message: tfplugin6.IRawState, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.RawState;
    }

    enum StringKind {
        PLAIN = 0,
        MARKDOWN = 1
    }

    interface ISchema {
        version?: (number|null);
        block?: (tfplugin6.Schema.IBlock|null);
    }

    class Schema implements ISchema {
        constructor(properties?: tfplugin6.ISchema);
        public version: number;
        public block?: (tfplugin6.Schema.IBlock|null);
        public static encode(message: tfplugin6.ISchema, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Schema;
    }

    namespace Schema {

        interface IBlock {
            version?: (number|null);
            attributes?: (tfplugin6.Schema.IAttribute[]|null);
            description?: (string|null);
            descriptionKind?: (tfplugin6.StringKind|null);
            deprecated?: (boolean|null);
        }

        class Block implements IBlock {
            constructor(properties?: tfplugin6.Schema.IBlock);
            public version: number;
            public attributes: tfplugin6.Schema.IAttribute[];
            public description: string;
            public descriptionKind: tfplugin6.StringKind;
            public deprecated: boolean;
            public static encode(message: tfplugin6.Schema.IBlock, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Schema.Block;
        }

        interface IAttribute {
            name?: (string|null);
            type?: (Uint8Array|null);
            nestedType?: (tfplugin6.Schema.INestedObject|null);
            description?: (string|null);
            required?: (boolean|null);
            optional?: (boolean|null);
            computed?: (boolean|null);
            sensitive?: (boolean|null);
            descriptionKind?: (tfplugin6.StringKind|null);
            deprecated?: (boolean|null);
        }

        class Attribute implements IAttribute {
            constructor(properties?: tfplugin6.Schema.IAttribute);
            public name: string;
            public type: Uint8Array;
            public nestedType?: (tfplugin6.Schema.INestedObject|null);
            public description: string;
            public required: boolean;
            public optional: boolean;
            public computed: boolean;
            public sensitive: boolean;
            public descriptionKind: tfplugin6.StringKind;
            public deprecated: boolean;
            public static encode(message: tfplugin6.Schema.IAttribute, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Schema.Attribute;
        }

        interface INestedObject {
            attributes?: (tfplugin6.Schema.IAttribute[]|null);
            nesting?: (tfplugin6.Schema.NestedObject.NestingMode|null);
        }

        class NestedObject implements INestedObject {
            constructor(properties?: tfplugin6.Schema.INestedObject);
            public attributes: tfplugin6.Schema.IAttribute[];
            public nesting: tfplugin6.Schema.NestedObject.NestingMode;
            public static encode(message: tfplugin6.Schema.INestedObject, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.Schema.NestedObject;
        }

        namespace NestedObject {

            enum NestingMode {
                INVALID = 0,
                SINGLE = 1,
                LIST = 2,
                SET = 3,
                MAP = 4
            }
        }
    }

    interface IServerCapabilities {
        planDestroy?: (boolean|null);
        getProviderSchemaOptional?: (boolean|null);
        moveResourceState?: (boolean|null);
    }

    class ServerCapabilities implements IServerCapabilities {
        constructor(properties?: tfplugin6.IServerCapabilities);
        public planDestroy: boolean;
        public getProviderSchemaOptional: boolean;
        public moveResourceState: boolean;
        public static encode(message: tfplugin6.IServerCapabilities, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ServerCapabilities;
    }

    interface IClientCapabilities {
        deferralAllowed?: (boolean|null);
        writeOnlyAttributesAllowed?: (boolean|null);
    }

    class ClientCapabilities implements IClientCapabilities {
        constructor(properties?: tfplugin6.IClientCapabilities);
        public deferralAllowed: boolean;
        public writeOnlyAttributesAllowed: boolean;
        public static encode(message: tfplugin6.IClientCapabilities, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ClientCapabilities;
    }

    interface IGetMetadata {
    }

    class GetMetadata implements IGetMetadata {
        constructor(properties?: tfplugin6.IGetMetadata);
        public static encode(message: tfplugin6.IGetMetadata, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata;
    }

    namespace GetMetadata {

        interface IRequest {
        }

        class Request implements IRequest {
            constructor(properties?: tfplugin6.GetMetadata.IRequest);
            public static encode(message: tfplugin6.GetMetadata.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata.Request;
        }

        interface IResponse {
            serverCapabilities?: (tfplugin6.IServerCapabilities|null);
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
            dataSources?: (tfplugin6.GetMetadata.IDataSourceMetadata[]|null);
            resources?: (tfplugin6.GetMetadata.IResourceMetadata[]|null);
        }

        class Response implements IResponse {
            constructor(properties?: tfplugin6.GetMetadata.IResponse);
            public serverCapabilities?: (tfplugin6.IServerCapabilities|null);
            public diagnostics: tfplugin6.IDiagnostic[];
            public dataSources: tfplugin6.GetMetadata.IDataSourceMetadata[];
            public resources: tfplugin6.GetMetadata.IResourceMetadata[];
            public static encode(message: tfplugin6.GetMetadata.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata.Response;
        }

        interface IDataSourceMetadata {
            typeName?: (string|null);
        }

        class DataSourceMetadata implements IDataSourceMetadata {
            constructor(properties?: tfplugin6.GetMetadata.IDataSourceMetadata);
            public typeName: string;
            public static encode(message: tfplugin6.GetMetadata.IDataSourceMetadata, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata.DataSourceMetadata;
        }

        interface IResourceMetadata {
            typeName?: (string|null);
        }

        class ResourceMetadata implements IResourceMetadata {
            constructor(properties?: tfplugin6.GetMetadata.IResourceMetadata);
            public typeName: string;
            public static encode(message: tfplugin6.GetMetadata.IResourceMetadata, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetMetadata.ResourceMetadata;
        }
    }

    interface IGetProviderSchema {
    }

    class GetProviderSchema implements IGetProviderSchema {
        constructor(properties?: tfplugin6.IGetProviderSchema);
        public static encode(message: tfplugin6.IGetProviderSchema, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetProviderSchema;
    }

    namespace GetProviderSchema {

        interface IRequest {
        }

        class Request implements IRequest {
            constructor(properties?: tfplugin6.GetProviderSchema.IRequest);
            public static encode(message: tfplugin6.GetProviderSchema.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetProviderSchema.Request;
        }

        interface IResponse {
            provider?: (tfplugin6.ISchema|null);
            resourceSchemas?: ({ [k: string]: tfplugin6.ISchema }|null);
            dataSourceSchemas?: ({ [k: string]: tfplugin6.ISchema }|null);
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
            providerMeta?: (tfplugin6.ISchema|null);
            serverCapabilities?: (tfplugin6.IServerCapabilities|null);
        }

        class Response implements IResponse {
            constructor(properties?: tfplugin6.GetProviderSchema.IResponse);
            public provider?: (tfplugin6.ISchema|null);
            public resourceSchemas: { [k: string]: tfplugin6.ISchema };
            public dataSourceSchemas: { [k: string]: tfplugin6.ISchema };
            public diagnostics: tfplugin6.IDiagnostic[];
            public providerMeta?: (tfplugin6.ISchema|null);
            public serverCapabilities?: (tfplugin6.IServerCapabilities|null);
            public static encode(message: tfplugin6.GetProviderSchema.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.GetProviderSchema.Response;
        }
    }

    interface IValidateProviderConfig {
    }

    class ValidateProviderConfig implements IValidateProviderConfig {
        constructor(properties?: tfplugin6.IValidateProviderConfig);
        public static encode(message: tfplugin6.IValidateProviderConfig, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateProviderConfig;
    }

    namespace ValidateProviderConfig {

        interface IRequest {
            config?: (tfplugin6.IDynamicValue|null);
        }

        class Request implements IRequest {
            constructor(properties?: tfplugin6.ValidateProviderConfig.IRequest);
            public config?: (tfplugin6.IDynamicValue|null);
            public static encode(message: tfplugin6.ValidateProviderConfig.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateProviderConfig.Request;
        }

        interface IResponse {
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        class Response implements IResponse {
            constructor(properties?: tfplugin6.ValidateProviderConfig.IResponse);
            public diagnostics: tfplugin6.IDiagnostic[];
            public static encode(message: tfplugin6.ValidateProviderConfig.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateProviderConfig.Response;
        }
    }

    interface IUpgradeResourceState {
    }

    class UpgradeResourceState implements IUpgradeResourceState {
        constructor(properties?: tfplugin6.IUpgradeResourceState);
        public static encode(message: tfplugin6.IUpgradeResourceState, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.UpgradeResourceState;
    }

    namespace UpgradeResourceState {

        interface IRequest {
            typeName?: (string|null);
            version?: (number|null);
            rawState?: (tfplugin6.IRawState|null);
        }

        class Request implements IRequest {
            constructor(properties?: tfplugin6.UpgradeResourceState.IRequest);
            public typeName: string;
            public version: number;
            public rawState?: (tfplugin6.IRawState|null);
            public static encode(message: tfplugin6.UpgradeResourceState.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.UpgradeResourceState.Request;
        }

        interface IResponse {
            upgradedState?: (tfplugin6.IDynamicValue|null);
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        class Response implements IResponse {
            constructor(properties?: tfplugin6.UpgradeResourceState.IResponse);
            public upgradedState?: (tfplugin6.IDynamicValue|null);
            public diagnostics: tfplugin6.IDiagnostic[];
            public static encode(message: tfplugin6.UpgradeResourceState.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.UpgradeResourceState.Response;
        }
    }

    interface IValidateResourceConfig {
    }

    class ValidateResourceConfig implements IValidateResourceConfig {
        constructor(properties?: tfplugin6.IValidateResourceConfig);
        public static encode(message: tfplugin6.IValidateResourceConfig, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateResourceConfig;
    }

    namespace ValidateResourceConfig {

        interface IRequest {
            typeName?: (string|null);
            config?: (tfplugin6.IDynamicValue|null);
            clientCapabilities?: (tfplugin6.IClientCapabilities|null);
        }

        class Request implements IRequest {
            constructor(properties?: tfplugin6.ValidateResourceConfig.IRequest);
            public typeName: string;
            public config?: (tfplugin6.IDynamicValue|null);
            public clientCapabilities?: (tfplugin6.IClientCapabilities|null);
            public static encode(message: tfplugin6.ValidateResourceConfig.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateResourceConfig.Request;
        }

        interface IResponse {
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        class Response implements IResponse {
            constructor(properties?: tfplugin6.ValidateResourceConfig.IResponse);
            public diagnostics: tfplugin6.IDiagnostic[];
            public static encode(message: tfplugin6.ValidateResourceConfig.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateResourceConfig.Response;
        }
    }

    interface IValidateDataResourceConfig {
    }

    class ValidateDataResourceConfig implements IValidateDataResourceConfig {
        constructor(properties?: tfplugin6.IValidateDataResourceConfig);
        public static encode(message: tfplugin6.IValidateDataResourceConfig, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateDataResourceConfig;
    }

    namespace ValidateDataResourceConfig {

        interface IRequest {
            typeName?: (string|null);
            config?: (tfplugin6.IDynamicValue|null);
        }

        class Request implements IRequest {
            constructor(properties?: tfplugin6.ValidateDataResourceConfig.IRequest);
            public typeName: string;
            public config?: (tfplugin6.IDynamicValue|null);
            public static encode(message: tfplugin6.ValidateDataResourceConfig.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateDataResourceConfig.Request;
        }

        interface IResponse {
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        class Response implements IResponse {
            constructor(properties?: tfplugin6.ValidateDataResourceConfig.IResponse);
            public diagnostics: tfplugin6.IDiagnostic[];
            public static encode(message: tfplugin6.ValidateDataResourceConfig.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ValidateDataResourceConfig.Response;
        }
    }

    interface IConfigureProvider {
    }

    class ConfigureProvider implements IConfigureProvider {
        constructor(properties?: tfplugin6.IConfigureProvider);
        public static encode(message: tfplugin6.IConfigureProvider, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ConfigureProvider;
    }

    namespace ConfigureProvider {

        interface IRequest {
            terraformVersion?: (string|null);
            config?: (tfplugin6.IDynamicValue|null);
            clientCapabilities?: (tfplugin6.IClientCapabilities|null);
        }

        class Request implements IRequest {
            constructor(properties?: tfplugin6.ConfigureProvider.IRequest);
            public terraformVersion: string;
            public config?: (tfplugin6.IDynamicValue|null);
            public clientCapabilities?: (tfplugin6.IClientCapabilities|null);
            public static encode(message: tfplugin6.ConfigureProvider.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ConfigureProvider.Request;
        }

        interface IResponse {
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        class Response implements IResponse {
            constructor(properties?: tfplugin6.ConfigureProvider.IResponse);
            public diagnostics: tfplugin6.IDiagnostic[];
            public static encode(message: tfplugin6.ConfigureProvider.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ConfigureProvider.Response;
        }
    }

    interface IReadResource {
    }

    class ReadResource implements IReadResource {
        constructor(properties?: tfplugin6.IReadResource);
        public static encode(message: tfplugin6.IReadResource, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadResource;
    }

    namespace ReadResource {

        interface IRequest {
            typeName?: (string|null);
            currentState?: (tfplugin6.IDynamicValue|null);
            "private"?: (Uint8Array|null);
            providerMeta?: (tfplugin6.IDynamicValue|null);
            clientCapabilities?: (tfplugin6.IClientCapabilities|null);
        }

        class Request implements IRequest {
            constructor(properties?: tfplugin6.ReadResource.IRequest);
            public typeName: string;
            public currentState?: (tfplugin6.IDynamicValue|null);
            public private: Uint8Array;
            public providerMeta?: (tfplugin6.IDynamicValue|null);
            public clientCapabilities?: (tfplugin6.IClientCapabilities|null);
            public static encode(message: tfplugin6.ReadResource.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadResource.Request;
        }

        interface IResponse {
            newState?: (tfplugin6.IDynamicValue|null);
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
            "private"?: (Uint8Array|null);
        }

        class Response implements IResponse {
            constructor(properties?: tfplugin6.ReadResource.IResponse);
            public newState?: (tfplugin6.IDynamicValue|null);
            public diagnostics: tfplugin6.IDiagnostic[];
            public private: Uint8Array;
            public static encode(message: tfplugin6.ReadResource.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadResource.Response;
        }
    }

    interface IPlanResourceChange {
    }

    class PlanResourceChange implements IPlanResourceChange {
        constructor(properties?: tfplugin6.IPlanResourceChange);
        public static encode(message: tfplugin6.IPlanResourceChange, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.PlanResourceChange;
    }

    namespace PlanResourceChange {

        interface IRequest {
            typeName?: (string|null);
            priorState?: (tfplugin6.IDynamicValue|null);
            proposedNewState?: (tfplugin6.IDynamicValue|null);
            config?: (tfplugin6.IDynamicValue|null);
            priorPrivate?: (Uint8Array|null);
            providerMeta?: (tfplugin6.IDynamicValue|null);
            clientCapabilities?: (tfplugin6.IClientCapabilities|null);
        }

        class Request implements IRequest {
            constructor(properties?: tfplugin6.PlanResourceChange.IRequest);
            public typeName: string;
            public priorState?: (tfplugin6.IDynamicValue|null);
            public proposedNewState?: (tfplugin6.IDynamicValue|null);
            public config?: (tfplugin6.IDynamicValue|null);
            public priorPrivate: Uint8Array;
            public providerMeta?: (tfplugin6.IDynamicValue|null);
            public clientCapabilities?: (tfplugin6.IClientCapabilities|null);
            public static encode(message: tfplugin6.PlanResourceChange.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.PlanResourceChange.Request;
        }

        interface IResponse {
            plannedState?: (tfplugin6.IDynamicValue|null);
            requiresReplace?: (tfplugin6.IAttributePath[]|null);
            plannedPrivate?: (Uint8Array|null);
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        class Response implements IResponse {
            constructor(properties?: tfplugin6.PlanResourceChange.IResponse);
            public plannedState?: (tfplugin6.IDynamicValue|null);
            public requiresReplace: tfplugin6.IAttributePath[];
            public plannedPrivate: Uint8Array;
            public diagnostics: tfplugin6.IDiagnostic[];
            public static encode(message: tfplugin6.PlanResourceChange.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.PlanResourceChange.Response;
        }
    }

    interface IApplyResourceChange {
    }

    class ApplyResourceChange implements IApplyResourceChange {
        constructor(properties?: tfplugin6.IApplyResourceChange);
        public static encode(message: tfplugin6.IApplyResourceChange, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ApplyResourceChange;
    }

    namespace ApplyResourceChange {

        interface IRequest {
            typeName?: (string|null);
            priorState?: (tfplugin6.IDynamicValue|null);
            plannedState?: (tfplugin6.IDynamicValue|null);
            config?: (tfplugin6.IDynamicValue|null);
            plannedPrivate?: (Uint8Array|null);
            providerMeta?: (tfplugin6.IDynamicValue|null);
        }

        class Request implements IRequest {
            constructor(properties?: tfplugin6.ApplyResourceChange.IRequest);
            public typeName: string;
            public priorState?: (tfplugin6.IDynamicValue|null);
            public plannedState?: (tfplugin6.IDynamicValue|null);
            public config?: (tfplugin6.IDynamicValue|null);
            public plannedPrivate: Uint8Array;
            public providerMeta?: (tfplugin6.IDynamicValue|null);
            public static encode(message: tfplugin6.ApplyResourceChange.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ApplyResourceChange.Request;
        }

        interface IResponse {
            newState?: (tfplugin6.IDynamicValue|null);
            "private"?: (Uint8Array|null);
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        class Response implements IResponse {
            constructor(properties?: tfplugin6.ApplyResourceChange.IResponse);
            public newState?: (tfplugin6.IDynamicValue|null);
            public private: Uint8Array;
            public diagnostics: tfplugin6.IDiagnostic[];
            public static encode(message: tfplugin6.ApplyResourceChange.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ApplyResourceChange.Response;
        }
    }

    interface IImportResourceState {
    }

    class ImportResourceState implements IImportResourceState {
        constructor(properties?: tfplugin6.IImportResourceState);
        public static encode(message: tfplugin6.IImportResourceState, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ImportResourceState;
    }

    namespace ImportResourceState {

        interface IRequest {
            typeName?: (string|null);
            id?: (string|null);
            clientCapabilities?: (tfplugin6.IClientCapabilities|null);
        }

        class Request implements IRequest {
            constructor(properties?: tfplugin6.ImportResourceState.IRequest);
            public typeName: string;
            public id: string;
            public clientCapabilities?: (tfplugin6.IClientCapabilities|null);
            public static encode(message: tfplugin6.ImportResourceState.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ImportResourceState.Request;
        }

        interface IImportedResource {
            typeName?: (string|null);
            state?: (tfplugin6.IDynamicValue|null);
            "private"?: (Uint8Array|null);
        }

        class ImportedResource implements IImportedResource {
            constructor(properties?: tfplugin6.ImportResourceState.IImportedResource);
            public typeName: string;
            public state?: (tfplugin6.IDynamicValue|null);
            public private: Uint8Array;
            public static encode(message: tfplugin6.ImportResourceState.IImportedResource, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ImportResourceState.ImportedResource;
        }

        interface IResponse {
            importedResources?: (tfplugin6.ImportResourceState.IImportedResource[]|null);
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        class Response implements IResponse {
            constructor(properties?: tfplugin6.ImportResourceState.IResponse);
            public importedResources: tfplugin6.ImportResourceState.IImportedResource[];
            public diagnostics: tfplugin6.IDiagnostic[];
            public static encode(message: tfplugin6.ImportResourceState.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ImportResourceState.Response;
        }
    }

    interface IReadDataSource {
    }

    class ReadDataSource implements IReadDataSource {
        constructor(properties?: tfplugin6.IReadDataSource);
        public static encode(message: tfplugin6.IReadDataSource, writer?: $protobuf.Writer): $protobuf.Writer;
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadDataSource;
    }

    namespace ReadDataSource {

        interface IRequest {
            typeName?: (string|null);
            config?: (tfplugin6.IDynamicValue|null);
            providerMeta?: (tfplugin6.IDynamicValue|null);
            clientCapabilities?: (tfplugin6.IClientCapabilities|null);
        }

        class Request implements IRequest {
            constructor(properties?: tfplugin6.ReadDataSource.IRequest);
            public typeName: string;
            public config?: (tfplugin6.IDynamicValue|null);
            public providerMeta?: (tfplugin6.IDynamicValue|null);
            public clientCapabilities?: (tfplugin6.IClientCapabilities|null);
            public static encode(message: tfplugin6.ReadDataSource.IRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadDataSource.Request;
        }

        interface IResponse {
            state?: (tfplugin6.IDynamicValue|null);
            diagnostics?: (tfplugin6.IDiagnostic[]|null);
        }

        class Response implements IResponse {
            constructor(properties?: tfplugin6.ReadDataSource.IResponse);
            public state?: (tfplugin6.IDynamicValue|null);
            public diagnostics: tfplugin6.IDiagnostic[];
            public static encode(message: tfplugin6.ReadDataSource.IResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tfplugin6.ReadDataSource.Response;
        }
    }
}
