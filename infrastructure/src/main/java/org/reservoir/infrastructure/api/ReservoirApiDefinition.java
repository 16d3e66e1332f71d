package org.reservoir.infrastructure.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The OpenAPI conventions every service shares: bearer security and the problem+json error responses
 * that operations reference by name ({@code @APIResponse(responseCode = "409", ref = "Conflict")}); the generic ones
 * (400, 401, 403, 404, 412, 413, 428) are added by {@link StandardErrorsFilter}.
 * Title, version and description come from each service's {@code quarkus.smallrye-openapi.info-*}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Reservoir", version = "1", license = @License(name = "Apache-2.0", identifier = "Apache-2.0")),
        security = @SecurityRequirement(name = "bearer"),
        components = @Components(responses = {
                @APIResponse(name = "NotModified", responseCode = "304",
                        description = "Not modified: If-None-Match names the current version (ETag); no body, the cached copy stays valid",
                        headers = @Header(name = "ETag", description = "The current version", schema = @Schema(type = SchemaType.STRING))),
                @APIResponse(name = "BadRequest", responseCode = "400", description = "Invalid input: each field and the rule it broke",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "validation", value = ReservoirApiDefinition.EXAMPLE_400))),
                @APIResponse(name = "Unauthorized", responseCode = "401", description = "No valid bearer token",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Forbidden", responseCode = "403", description = "Role not allowed, or the data lies outside the caller's region",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "out-of-jurisdiction", value = ReservoirApiDefinition.EXAMPLE_403))),
                @APIResponse(name = "NotFound", responseCode = "404", description = "No such resource",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Conflict", responseCode = "409", description = "Duplicate, illegal state change or concurrent modification",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PreconditionFailed", responseCode = "412", description = "If-Match does not name the current version (ETag)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "UnprocessableContent", responseCode = "422", description = "Well-formed but breaks a domain rule",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PayloadTooLarge", responseCode = "413", description = "The body exceeds the operation's limit (1 MiB unless documented otherwise)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PreconditionRequired", responseCode = "428", description = "Updates must send If-Match with the one ETag read (not *, not a list)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotAcceptable", responseCode = "406", description = "Accept names no format the operation gives",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "UnsupportedMediaType", responseCode = "415", description = "Content-Type names no format the operation takes",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "InternalError", responseCode = "500", description = "Unexpected failure (no internals; quote correlationId)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "JWT with claims groups (role), region (12-digit division code) and, for reviewers, department")
public class ReservoirApiDefinition extends Application {

    static final String EXAMPLE_400 = """
            {"type":"https://reservoir.local/problems/validation","title":"请求参数不合法","status":400,
             "detail":"共 1 处不合法，见 errors","instance":"/api/v1/regions",
             "errors":[{"field":"name","rule":"NotBlank","message":"不能为空"}],"errorCount":1}""";
    static final String EXAMPLE_403 = """
            {"type":"https://reservoir.local/problems/out-of-jurisdiction","title":"超出管辖范围","status":403,
             "detail":"区划 652301000000 不在您的管辖范围 652327000000 内","instance":"/api/v1/regions/652301000000"}""";
}
