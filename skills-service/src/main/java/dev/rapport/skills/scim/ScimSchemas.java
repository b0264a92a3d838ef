package dev.rapport.skills.scim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The OpenAPI schemas of what goes over /scim/v2: the User (with the enterprise extension) and
 * Group resources of RFC 7643 as this service answers them, what it accepts for them, the PatchOp
 * and ListResponse messages of RFC 7644 and the discovery resources. The resources read and write
 * SCIM JSON as trees (attribute names without regard to case, kept attributes given back as sent),
 * so there is no Java type to describe; {@link ScimOpenApiFilter} adds these to the document.
 *
 * <p>Responses are described strictly: only the attributes the service writes, never null at the
 * top level (absent instead, RFC 7643 §2.5). Requests are described as clients send them: any
 * attribute may be null (RFC 7644 §3.3: unassigned), booleans may be the strings "True"/"False"
 * (Entra ID), and attributes the service ignores (password, read-only ones, other schemas) are
 * allowed.
 */
final class ScimSchemas {
  static final String USER = "ScimUser";
  static final String USER_REQUEST = "ScimUserRequest";
  static final String GROUP = "ScimGroup";
  static final String GROUP_REQUEST = "ScimGroupRequest";
  static final String PATCH_OP = "ScimPatchOp";
  static final String USER_LIST = "ScimUserListResponse";
  static final String GROUP_LIST = "ScimGroupListResponse";
  static final String SERVICE_PROVIDER_CONFIG = "ScimServiceProviderConfig";
  static final String RESOURCE_TYPE = "ScimResourceType";
  static final String RESOURCE_TYPE_LIST = "ScimResourceTypeListResponse";
  static final String SCHEMA = "ScimSchema";
  static final String SCHEMA_LIST = "ScimSchemaListResponse";

  private static final String META = "ScimMeta";
  private static final String NAME = "ScimName";
  private static final String MULTI_VALUED = "ScimMultiValuedAttribute";
  private static final String ADDRESS = "ScimAddress";
  private static final String ENTERPRISE = "ScimEnterpriseUser";
  private static final String ATTRIBUTE = "ScimSchemaAttribute";

  /** Core attributes kept as given, all strings. */
  private static final List<String> KEPT_TEXT =
      List.of("nickName", "profileUrl", "userType", "preferredLanguage");

  /** Multi-valued attributes with value, display, type and primary, kept as given. */
  private static final List<String> MULTI_VALUED_ATTRIBUTES =
      List.of(
          "emails", "phoneNumbers", "ims", "photos", "entitlements", "roles", "x509Certificates");

  private static final String BOOLEAN_TEXT = "^\\s*([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])\\s*$";

  private static final String NO_CONTROL_OR_NULL =
      "No text may hold control characters other than tab and line breaks, and no array a null"
          + " element (400 invalidValue).";

  private ScimSchemas() {}

  /** Every SCIM schema, by component name. */
  static Map<String, Schema> all() {
    Map<String, Schema> schemas = new LinkedHashMap<>();
    schemas.put(USER, user());
    schemas.put(USER_REQUEST, userRequest());
    schemas.put(GROUP, group());
    schemas.put(GROUP_REQUEST, groupRequest());
    schemas.put(PATCH_OP, patchOp());
    schemas.put(USER_LIST, listResponse("Users", USER));
    schemas.put(GROUP_LIST, listResponse("Groups", GROUP));
    schemas.put(META, meta());
    schemas.put(NAME, name(false));
    schemas.put(MULTI_VALUED, multiValued(false));
    schemas.put(ADDRESS, address(false));
    schemas.put(ENTERPRISE, enterprise(false));
    schemas.put(SERVICE_PROVIDER_CONFIG, serviceProviderConfig());
    schemas.put(RESOURCE_TYPE, resourceType());
    schemas.put(RESOURCE_TYPE_LIST, listResponse("resource types", RESOURCE_TYPE));
    schemas.put(ATTRIBUTE, attribute());
    schemas.put(SCHEMA, schema());
    schemas.put(SCHEMA_LIST, listResponse("schemas", SCHEMA));
    return schemas;
  }

  // --- Users

  private static Schema user() {
    Schema user =
        object(
                "A User (RFC 7643 §4.1) as the service answers it; attributes without a value are"
                    + " left out. attributes/excludedAttributes narrow it: id and schemas are always"
                    + " there.")
            .addProperty(
                "schemas",
                array(
                        OASFactory.createSchema()
                            .addType(SchemaType.STRING)
                            .enumeration(List.of(Scim.USER, Scim.ENTERPRISE_USER)),
                        "The core User schema, and the enterprise extension's when it has a value")
                    .examples(List.of(List.of(Scim.USER, Scim.ENTERPRISE_USER))))
            .addProperty("id", uuid("The service's id of the User").readOnly(true))
            .addProperty(
                "externalId",
                text("The provisioning client's own id for the person", "00u1ab2cd3EfGh4iJ5d7")
                    .addType(SchemaType.NULL))
            .addProperty("userName", text("Unique without regard to case", "sam@example.com"))
            .addProperty("name", ref(NAME))
            .addProperty("displayName", text("The name to show", "Sam Okafor"));
    KEPT_TEXT.forEach(kept -> user.addProperty(kept, text(kept, null)));
    user.addProperty("title", text("Job title", "Network engineer"))
        .addProperty("locale", text("e.g. en-GB", "en-GB"))
        .addProperty("timezone", text("IANA time zone", "Europe/London"))
        .addProperty("active", bool("false: deactivated (the person is kept)"));
    for (String name : MULTI_VALUED_ATTRIBUTES) {
      user.addProperty(name, array(ref(MULTI_VALUED), multiValuedDescription(name)));
    }
    user.addProperty("addresses", array(ref(ADDRESS), "Postal addresses, kept as given"))
        .addProperty(
            "groups",
            array(
                    object("A team the person is a member of")
                        .addProperty("value", uuid("The Group's id"))
                        .addProperty("$ref", uri("The Group's location"))
                        .addProperty("display", text("The Group's displayName", "Service Desk"))
                        .addProperty(
                            "type",
                            text("Always direct: teams have no nested groups", "direct")
                                .enumeration(List.of("direct")))
                        .required(List.of("value", "$ref", "display", "type")),
                    "The teams (Groups) the person is a member of; read-only, set through Groups")
                .readOnly(true))
        .addProperty(Scim.ENTERPRISE_USER, ref(ENTERPRISE))
        .addProperty("meta", ref(META))
        .required(List.of("schemas", "id"));
    return user;
  }

  private static Schema userRequest() {
    Schema user =
        object(
                "A User (RFC 7643 §4.1) as POST and PUT take it. Attribute names are matched"
                    + " without regard to case; null is the same as leaving an attribute out;"
                    + " attributes of other schemas, password and the read-only id, meta and"
                    + " groups are ignored. PUT replaces: what is left out is cleared. "
                    + NO_CONTROL_OR_NULL)
            .addProperty(
                "schemas",
                array(
                        OASFactory.createSchema().addType(SchemaType.STRING),
                        "Not checked; the core User schema, and the enterprise extension's when"
                            + " sent")
                    .addType(SchemaType.NULL)
                    .examples(List.of(List.of(Scim.USER, Scim.ENTERPRISE_USER))))
            .addProperty(
                "userName",
                text("Required; unique without regard to case (409 uniqueness)", "sam@example.com"))
            .addProperty(
                "externalId", nullableText("The provisioning client's own id for the person", null))
            .addProperty("name", name(true))
            .addProperty("displayName", nullableText("The name to show", "Sam Okafor"));
    KEPT_TEXT.forEach(kept -> user.addProperty(kept, nullableText(kept, null)));
    user.addProperty("title", nullableText("Job title", "Network engineer"))
        .addProperty("locale", nullableText("e.g. en-GB", null))
        .addProperty("timezone", nullableText("IANA time zone", null))
        .addProperty(
            "active", requestBool("Defaults to true; false deactivates (the person is kept)"));
    for (String name : MULTI_VALUED_ATTRIBUTES) {
      user.addProperty(
          name, array(multiValued(true), multiValuedDescription(name)).addType(SchemaType.NULL));
    }
    user.addProperty(
            "addresses",
            array(address(true), "Postal addresses, kept as given").addType(SchemaType.NULL))
        .addProperty(Scim.ENTERPRISE_USER, enterprise(true))
        .addProperty(
            "password",
            nullableText("Ignored and never stored: nothing here signs anyone in", null)
                .writeOnly(true))
        .addProperty("id", ignored("id"))
        .addProperty("meta", ignored("meta"))
        .addProperty("groups", ignored("groups (set a person's teams through Groups)"))
        .required(List.of("userName"));
    return user;
  }

  private static String multiValuedDescription(String name) {
    return switch (name) {
      case "emails" -> "Email addresses; the primary one (else the first) is the person's email";
      case "ims" -> "Chat handles; the primary one (else the first) is the person's chat handle";
      case "roles" ->
          "Roles; agent, lead and admin (in any case) give the person those roles in Rapport,"
              + " other values are kept";
      default -> name + ", kept as given";
    };
  }

  private static Schema name(boolean request) {
    Schema name =
        object("The components of the person's name (RFC 7643 §4.1.1)")
            .addProperty("formatted", text(request, "The full name, formatted", "Sam Okafor"))
            .addProperty("familyName", text(request, "Family name", "Okafor"))
            .addProperty("givenName", text(request, "Given name", "Sam"))
            .addProperty("middleName", text(request, "Middle name", null))
            .addProperty("honorificPrefix", text(request, "e.g. Ms.", null))
            .addProperty("honorificSuffix", text(request, "e.g. III", null));
    return request ? name.addType(SchemaType.NULL) : name;
  }

  /**
   * A value of a multi-valued attribute. Values are kept as given, so a sub-attribute the client
   * sent as null, or one of its own, comes back as it was sent.
   */
  private static Schema multiValued(boolean request) {
    return keptAsGiven(
            request, "A value of a multi-valued attribute (RFC 7643 §2.4), kept as given")
        .addProperty("value", nullableText("The value", "sam@example.com"))
        .addProperty("display", nullableText("A name to show for it", null))
        .addProperty("type", nullableText("e.g. work, home, mobile", "work"))
        .addProperty(
            "primary",
            request
                ? requestBool("Whether this is the primary value")
                : bool("Whether this is the primary value").addType(SchemaType.NULL))
        .addProperty("$ref", nullableText("A URI of the value's resource, if any", null));
  }

  private static Schema address(boolean request) {
    return keptAsGiven(request, "A postal address (RFC 7643 §4.1.2), kept as given")
        .addProperty("formatted", nullableText("The full address, formatted", null))
        .addProperty("streetAddress", nullableText("Street", null))
        .addProperty("locality", nullableText("City or locality", "Arlington"))
        .addProperty("region", nullableText("State or region", null))
        .addProperty("postalCode", nullableText("Postal code", null))
        .addProperty("country", nullableText("ISO 3166-1 alpha-2 country code", "US"))
        .addProperty("type", nullableText("e.g. work, home", "work"))
        .addProperty(
            "primary",
            request
                ? requestBool("Whether this is the primary address")
                : bool("Whether this is the primary address").addType(SchemaType.NULL));
  }

  private static Schema enterprise(boolean request) {
    Schema manager =
        object("The person's manager, a provisioned User")
            .addProperty(
                "value",
                request
                    ? nullableText(
                        "The manager's User id (400 invalidValue when it is not one)", null)
                    : uuid("The manager's User id"))
            .addProperty("$ref", request ? ignored("$ref") : uri("The manager's User location"))
            .addProperty(
                "displayName",
                request ? ignored("displayName") : text("The manager's name to show", "Lee Chen"));
    Schema enterprise =
        object("The enterprise User extension (RFC 7643 §4.3)")
            .addProperty("employeeNumber", text(request, "Employee number", "1906"))
            .addProperty("costCenter", text(request, "Cost center", null))
            .addProperty("organization", text(request, "Organization", null))
            .addProperty("division", text(request, "Division", null))
            .addProperty("department", text(request, "Department", "IT Infrastructure"));
    if (request) {
      return enterprise
          .addProperty("manager", manager.addType(SchemaType.NULL))
          .addType(SchemaType.NULL);
    }
    return enterprise.addProperty(
        "manager", manager.required(List.of("value", "$ref", "displayName")));
  }

  private static Schema meta() {
    return object("Resource metadata (RFC 7643 §3.1)")
        .addProperty(
            "resourceType",
            text("User, Group, or the discovery resource's type", "User")
                .enumeration(
                    List.of("User", "Group", "ServiceProviderConfig", "ResourceType", "Schema")))
        .addProperty("created", dateTime("When the resource was created"))
        .addProperty("lastModified", dateTime("When it last changed"))
        .addProperty("location", uri("The resource's URI"))
        .addProperty("version", text("The weak ETag of this version", "W/\"3\""))
        .readOnly(true);
  }

  // --- Groups

  private static Schema group() {
    return object(
            "A Group (RFC 7643 §4.2), a team, as the service answers it; excludedAttributes=members"
                + " leaves the members out")
        .addProperty(
            "schemas",
            array(
                    OASFactory.createSchema()
                        .addType(SchemaType.STRING)
                        .enumeration(List.of(Scim.GROUP)),
                    "The core Group schema")
                .examples(List.of(List.of(Scim.GROUP))))
        .addProperty("id", uuid("The service's id of the Group").readOnly(true))
        .addProperty(
            "externalId",
            text("The provisioning client's own id for the team", "0oa1ab2cd3EfGh4iJ5d7")
                .addType(SchemaType.NULL))
        .addProperty("displayName", text("Unique without regard to case", "Network operations"))
        .addProperty(
            "members",
            array(
                object("A member: always a User")
                    .addProperty("value", uuid("The User's id"))
                    .addProperty("$ref", uri("The User's location"))
                    .addProperty("display", text("The User's name to show", "Sam Okafor"))
                    .addProperty("type", text("Always User", "User").enumeration(List.of("User")))
                    .required(List.of("value", "$ref", "display", "type")),
                "The members, by userName"))
        .addProperty("meta", ref(META))
        .required(List.of("schemas", "id"));
  }

  private static Schema groupRequest() {
    return object(
            "A Group (RFC 7643 §4.2) as POST and PUT take it. Attribute names are matched without"
                + " regard to case; other attributes are ignored. PUT replaces the name,"
                + " externalId and all of the members. "
                + NO_CONTROL_OR_NULL)
        .addProperty(
            "schemas",
            array(OASFactory.createSchema().addType(SchemaType.STRING), "Not checked")
                .addType(SchemaType.NULL)
                .examples(List.of(List.of(Scim.GROUP))))
        .addProperty(
            "displayName",
            text("Required; unique without regard to case (409 uniqueness)", "Network operations"))
        .addProperty(
            "externalId", nullableText("The provisioning client's own id for the team", null))
        .addProperty(
            "members",
            array(
                    object("A member")
                        .addProperty(
                            "value",
                            text(
                                "The id of a provisioned User (400 invalidValue otherwise)",
                                "2f1c7a4e-8b0d-4a53-9a57-3f9e2f8c1d20"))
                        .addProperty("display", ignored("display"))
                        .addProperty("type", ignored("type"))
                        .addProperty("$ref", ignored("$ref"))
                        .required(List.of("value")),
                    "The members: Users by id")
                .addType(SchemaType.NULL))
        .addProperty("id", ignored("id"))
        .addProperty("meta", ignored("meta"))
        .required(List.of("displayName"));
  }

  // --- Messages

  private static Schema patchOp() {
    Schema operation =
        object("One operation (RFC 7644 §3.5.2)")
            .addProperty(
                "op",
                text(
                        "add, replace or remove, in any case (Entra ID sends Add, Replace,"
                            + " Remove)",
                        "replace")
                    .pattern(
                        "^([Aa][Dd][Dd]|[Rr][Ee][Pp][Ll][Aa][Cc][Ee]|[Rr][Ee][Mm][Oo][Vv][Ee])$"))
            .addProperty(
                "path",
                nullableText(
                    "The attribute to change: a name (title, name.familyName), a value filter"
                        + " (emails[type eq \"work\"].value, members[value eq \"<id>\"]) or an"
                        + " extension attribute by URN"
                        + " (urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department)."
                        + " Required for remove (400 noTarget). Without it, value is an object of"
                        + " attributes to add or replace.",
                    "displayName"))
            .addProperty(
                "value",
                OASFactory.createSchema()
                    .description(
                        "The new value: of the attribute's type at path (a string, a boolean"
                            + " also as \"True\"/\"False\", an object, an array of values), or"
                            + " without a path an object of attributes. Required for add and"
                            + " replace (400 invalidValue). For remove, the values to remove"
                            + " (members as Entra ID sends them).")
                    .examples(List.of("Kim Park")))
            .required(List.of("op"));
    return object(
            "A PATCH request (RFC 7644 §3.5.2): operations applied in order, all or none."
                + " Read-only attributes (id, meta, and a User's groups) cannot be patched (400"
                + " mutability). "
                + NO_CONTROL_OR_NULL)
        .addProperty(
            "schemas",
            array(
                    OASFactory.createSchema()
                        .addType(SchemaType.STRING)
                        .enumeration(List.of(Scim.PATCH_OP)),
                    "When sent, must hold the PatchOp URN (400 invalidSyntax)")
                .examples(List.of(List.of(Scim.PATCH_OP))))
        .addProperty(
            "Operations",
            array(operation, "The operations; at least one (name matched without regard to case)")
                .minItems(1))
        .required(List.of("Operations"));
  }

  private static Schema listResponse(String what, String item) {
    return object("A page of " + what + " (RFC 7644 §3.4.2)")
        .addProperty(
            "schemas",
            array(
                    OASFactory.createSchema()
                        .addType(SchemaType.STRING)
                        .enumeration(List.of(Scim.LIST_RESPONSE)),
                    "The ListResponse URN")
                .examples(List.of(List.of(Scim.LIST_RESPONSE))))
        .addProperty("totalResults", integer("How many match in all", 1))
        .addProperty("itemsPerPage", integer("How many are in Resources", 1))
        .addProperty("startIndex", integer("The 1-based index of the first one", 1))
        .addProperty("Resources", array(ref(item), "This page of them"))
        .required(List.of("schemas", "totalResults", "itemsPerPage", "startIndex", "Resources"));
  }

  // --- Discovery

  private static Schema serviceProviderConfig() {
    return object("What this service provider supports (RFC 7643 §5)")
        .addProperty("schemas", urnArray(Scim.SERVICE_PROVIDER_CONFIG))
        .addProperty("documentationUri", uri("This service's API documentation"))
        .addProperty("patch", supported())
        .addProperty(
            "bulk",
            supported()
                .addProperty("maxOperations", integer("Most operations in one bulk request", 0))
                .addProperty("maxPayloadSize", integer("Largest bulk payload in bytes", 0))
                .required(List.of("supported", "maxOperations", "maxPayloadSize")))
        .addProperty(
            "filter",
            supported()
                .addProperty(
                    "maxResults", integer("Most resources a list answers with", Scim.MAX_RESULTS))
                .required(List.of("supported", "maxResults")))
        .addProperty("changePassword", supported())
        .addProperty("sort", supported())
        .addProperty("etag", supported())
        .addProperty(
            "authenticationSchemes",
            array(
                object("An authentication scheme")
                    .addProperty("type", text("The scheme's type", "oauthbearertoken"))
                    .addProperty("name", text("Its name", "OAuth Bearer Token"))
                    .addProperty("description", text("How to authenticate", null))
                    .addProperty("specUri", uri("The scheme's specification"))
                    .addProperty("primary", bool("Whether it is the preferred scheme"))
                    .required(List.of("type", "name", "description", "specUri", "primary")),
                "How clients authenticate"))
        .addProperty("meta", ref(META))
        .required(
            List.of(
                "schemas",
                "documentationUri",
                "patch",
                "bulk",
                "filter",
                "changePassword",
                "sort",
                "etag",
                "authenticationSchemes",
                "meta"));
  }

  private static Schema supported() {
    return object("Whether a feature is supported")
        .addProperty("supported", bool("Whether it is supported"))
        .required(List.of("supported"));
  }

  private static Schema resourceType() {
    return object("A resource type (RFC 7643 §6)")
        .addProperty("schemas", urnArray(Scim.RESOURCE_TYPE))
        .addProperty("id", text("User or Group", "User"))
        .addProperty("name", text("User or Group", "User"))
        .addProperty("endpoint", text("Its endpoint, relative to /scim/v2", "/Users"))
        .addProperty("description", text("What it is", "User Account"))
        .addProperty("schema", text("Its core schema's URN", Scim.USER))
        .addProperty(
            "schemaExtensions",
            array(
                object("A schema extension")
                    .addProperty("schema", text("The extension's URN", Scim.ENTERPRISE_USER))
                    .addProperty("required", bool("Whether every resource has it"))
                    .required(List.of("schema", "required")),
                "Its schema extensions (User: the enterprise extension)"))
        .addProperty("meta", ref(META))
        .required(List.of("schemas", "id", "name", "endpoint", "description", "schema", "meta"));
  }

  /** A schema as the SCIM SDK describes it (RFC 7643 §7), less password. */
  private static Schema schema() {
    return object("A schema (RFC 7643 §7): its attributes and their characteristics")
        .addProperty("schemas", urnArray(Scim.SCHEMA))
        .addProperty("id", text("The schema's URN", Scim.USER))
        .addProperty("name", text("Its name", "User"))
        .addProperty("description", text("What it describes", "User Account"))
        .addProperty("attributes", array(ref(ATTRIBUTE), "Its attributes"))
        .addProperty("meta", ref(META))
        .required(List.of("schemas", "id", "attributes", "meta"));
  }

  private static Schema attribute() {
    return object("An attribute's definition (RFC 7643 §7)")
        .addProperty("name", text("The attribute's name", "userName"))
        .addProperty(
            "type",
            text("Its type", "string")
                .enumeration(
                    List.of(
                        "string",
                        "boolean",
                        "decimal",
                        "integer",
                        "dateTime",
                        "binary",
                        "reference",
                        "complex")))
        .addProperty("subAttributes", array(ref(ATTRIBUTE), "A complex attribute's parts"))
        .addProperty("multiValued", bool("Whether it holds several values"))
        .addProperty("description", text("What it is", null))
        .addProperty("required", bool("Whether it must have a value"))
        .addProperty(
            "canonicalValues", array(text("A canonical value", "work"), "Its usual values"))
        .addProperty("caseExact", bool("Whether case matters in comparisons"))
        .addProperty(
            "mutability",
            text("Who may change it", "readWrite")
                .enumeration(List.of("readOnly", "readWrite", "immutable", "writeOnly")))
        .addProperty(
            "returned",
            text("When it is returned", "default")
                .enumeration(List.of("always", "never", "default", "request")))
        .addProperty(
            "uniqueness",
            text("Its uniqueness", "none").enumeration(List.of("none", "server", "global")))
        .addProperty(
            "referenceTypes",
            array(text("A resource type or external, uri", "User"), "What it may refer to"))
        .required(List.of("name", "type"));
  }

  // --- Building blocks

  private static Schema urnArray(String urn) {
    return array(
            OASFactory.createSchema().addType(SchemaType.STRING).enumeration(List.of(urn)),
            "The resource's schema URN")
        .examples(List.of(List.of(urn)));
  }

  /**
   * A value kept as the client sent it: in a response it may carry sub-attributes of the client's
   * own. (A request schema says nothing of additional properties, which OpenAPI allows by default:
   * an explicit true there would make the contract tests' validator read the untyped
   * boolean-or-string schemas inside as objects.)
   */
  private static Schema keptAsGiven(boolean request, String description) {
    Schema value = object(description);
    return request
        ? value
        : value.additionalPropertiesSchema(OASFactory.createSchema().booleanSchema(true));
  }

  private static Schema object(String description) {
    return OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
  }

  private static Schema array(Schema items, String description) {
    return OASFactory.createSchema()
        .addType(SchemaType.ARRAY)
        .items(items)
        .description(description);
  }

  private static Schema ref(String component) {
    return OASFactory.createSchema().ref("#/components/schemas/" + component);
  }

  private static Schema text(String description, String example) {
    Schema text = OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    return example == null ? text : text.examples(List.of(example));
  }

  private static Schema text(boolean request, String description, String example) {
    return request ? nullableText(description, example) : text(description, example);
  }

  private static Schema nullableText(String description, String example) {
    return text(description, example).addType(SchemaType.NULL);
  }

  private static Schema uuid(String description) {
    return text(description, "2f1c7a4e-8b0d-4a53-9a57-3f9e2f8c1d20").format("uuid");
  }

  private static Schema uri(String description) {
    return text(description, null).format("uri");
  }

  private static Schema dateTime(String description) {
    return text(description, "2026-03-02T09:15:00Z").format("date-time");
  }

  private static Schema integer(String description, int example) {
    return OASFactory.createSchema()
        .addType(SchemaType.INTEGER)
        .format("int64")
        .description(description)
        .examples(List.of(example));
  }

  private static Schema bool(String description) {
    return OASFactory.createSchema().addType(SchemaType.BOOLEAN).description(description);
  }

  /** A boolean as identity providers send one: also "True"/"False" in any case, or null. */
  private static Schema requestBool(String description) {
    return OASFactory.createSchema()
        .description(description + "; also the strings \"True\"/\"False\" in any case (Entra ID)")
        .anyOf(
            List.of(
                OASFactory.createSchema().addType(SchemaType.BOOLEAN).addType(SchemaType.NULL),
                OASFactory.createSchema().addType(SchemaType.STRING).pattern(BOOLEAN_TEXT)));
  }

  /** An attribute a request may carry that the service does not read. */
  private static Schema ignored(String what) {
    return OASFactory.createSchema().description("Ignored: " + what);
  }
}
