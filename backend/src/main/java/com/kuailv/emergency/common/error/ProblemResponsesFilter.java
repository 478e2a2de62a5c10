package com.kuailv.emergency.common.error;

import com.kuailv.emergency.common.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * Documents on every API operation the problem+json answers it can give, and lists under {@code
 * x-roles} the realm roles that hold the permission it names ({@code @PermissionsAllowed}, mapped
 * by {@link Permissions}), so other systems can read who may call it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {
  private static final DotName PERMISSIONS_ALLOWED = DotName.createSimple(PermissionsAllowed.class);
  private static final DotName OPERATION =
      DotName.createSimple(org.eclipse.microprofile.openapi.annotations.Operation.class);

  /** operationId → the permissions its method names. */
  private final Map<String, List<String>> permissionsByOperation;

  public ProblemResponsesFilter() {
    this(null);
  }

  /** SmallRye OpenAPI passes the application's index, to read each operation's permission. */
  public ProblemResponsesFilter(IndexView index) {
    this.permissionsByOperation = index == null ? Map.of() : permissionsByOperation(index);
  }

  private static Map<String, List<String>> permissionsByOperation(IndexView index) {
    Map<String, List<String>> permissions = new HashMap<>();
    for (AnnotationInstance allowed : index.getAnnotations(PERMISSIONS_ALLOWED)) {
      if (allowed.target().kind() != AnnotationTarget.Kind.METHOD) {
        continue;
      }
      AnnotationInstance operation = allowed.target().asMethod().annotation(OPERATION);
      if (operation == null || operation.value("operationId") == null) {
        continue;
      }
      permissions.put(
          operation.value("operationId").asString(), List.of(allowed.value().asStringArray()));
    }
    return permissions;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return;
    }
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema("FieldError", fieldErrorSchema());
    openAPI.getComponents().addSchema("Problem", problemSchema());
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(this::document);
              }
            });
  }

  private void document(Operation operation) {
    APIResponses responses = operation.getResponses();
    boolean hasBody = operation.getRequestBody() != null;
    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    boolean hasPathId = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    boolean hasQuery = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    boolean takesIfMatch =
        parameters.stream()
            .anyMatch(
                p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
    boolean changes = operation.getOperationId() != null && !isRead(operation);
    if (hasBody || hasQuery) {
      problem(responses, ProblemType.VALIDATION, "Invalid input; errors[] names each field");
    }
    problem(responses, ProblemType.UNAUTHORIZED, "No valid access token");
    problem(responses, ProblemType.FORBIDDEN, "The caller's roles do not allow this");
    if (hasPathId) {
      problem(responses, ProblemType.NOT_FOUND, "No such resource");
    }
    if (hasBody) {
      problem(responses, ProblemType.PAYLOAD_TOO_LARGE, "Body over the size limit");
    }
    if (changes && hasPathId) {
      problem(
          responses, ProblemType.CONFLICT, "Refused by a rule; the detail names what is missing");
    }
    if (takesIfMatch) {
      problem(responses, ProblemType.PRECONDITION_FAILED, "Stale version: reload and retry");
      problem(responses, ProblemType.PRECONDITION_REQUIRED, "If-Match is missing");
    }
    problem(responses, ProblemType.INTERNAL, "Unexpected failure; the detail carries an error id");
    List<String> permissions =
        operation.getOperationId() == null
            ? List.of()
            : permissionsByOperation.getOrDefault(operation.getOperationId(), List.of());
    if (!permissions.isEmpty()) {
      SortedSet<String> roles = new TreeSet<>();
      permissions.forEach(permission -> roles.addAll(Permissions.rolesFor(permission)));
      operation.addExtension("x-permissions", permissions);
      operation.addExtension("x-roles", List.copyOf(roles));
      operation.setSecurity(
          operation.getSecurity().stream()
              .map(requirement -> scoped(requirement, List.copyOf(roles)))
              .toList());
    } else {
      List<String> roles = rolesOf(operation);
      if (!roles.isEmpty()) {
        operation.addExtension("x-roles", roles);
      }
    }
  }

  /** Operations that only read: their ids start with get, list or stream. */
  private static boolean isRead(Operation operation) {
    String id = operation.getOperationId();
    return id.startsWith("get") || id.startsWith("list") || id.startsWith("stream");
  }

  private static void problem(APIResponses responses, ProblemType type, String description) {
    String code = String.valueOf(type.status());
    APIResponse existing = responses.getAPIResponse(code);
    Content content =
        OASFactory.createContent()
            .addMediaType(
                Problem.MEDIA_TYPE,
                OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    if (existing == null) {
      responses.addAPIResponse(
          code, OASFactory.createAPIResponse().description(description).content(content));
    } else if (existing.getContent() == null) {
      existing.setContent(content);
    }
  }

  /** Roles written into the security requirement by hand (routes outside JAX-RS, e.g. events). */
  private static List<String> rolesOf(Operation operation) {
    if (operation.getSecurity() == null) {
      return List.of();
    }
    return operation.getSecurity().stream()
        .flatMap(requirement -> requirement.getSchemes().values().stream())
        .flatMap(List::stream)
        .distinct()
        .toList();
  }

  /** The same security requirement, each scheme now listing the realm roles as its scopes. */
  private static SecurityRequirement scoped(SecurityRequirement requirement, List<String> roles) {
    SecurityRequirement scoped = OASFactory.createSecurityRequirement();
    requirement.getSchemes().keySet().forEach(scheme -> scoped.addScheme(scheme, roles));
    return scoped;
  }

  private static Schema problemSchema() {
    Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details; detail and errors are safe to show")
        .addProperty("type", text)
        .addProperty("title", text)
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
        .addProperty("detail", text)
        .addProperty("instance", text)
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
        .required(List.of("type", "title", "status"));
  }

  private static Schema fieldErrorSchema() {
    Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .addProperty("field", text)
        .addProperty("message", text)
        .required(List.of("field", "message"));
  }
}
