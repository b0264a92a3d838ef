package dev.rapport.skills.scim;

import dev.rapport.skills.scim.FilterSql.Catalogue;
import dev.rapport.skills.scim.FilterSql.Column;
import dev.rapport.skills.scim.FilterSql.Kind;
import dev.rapport.skills.scim.FilterSql.Values;
import java.util.Map;
import java.util.function.Function;

/**
 * What Users ({@code people p}) and Groups ({@code teams t}) can be filtered on. Kept multi-valued
 * attributes live in the jsonb column scim_attributes, stored with canonical sub-attribute names.
 */
final class FilterCatalogues {
  private FilterCatalogues() {}

  static final Catalogue USERS =
      new Catalogue(
          Map.ofEntries(
              Map.entry("id", new Column("cast(p.id as text)", Kind.TEXT)),
              Map.entry("username", new Column("p.user_name", Kind.TEXT)),
              Map.entry("externalid", new Column("p.external_id", Kind.EXACT)),
              Map.entry("displayname", new Column("p.display_name", Kind.TEXT)),
              Map.entry("name.givenname", new Column("p.given_name", Kind.TEXT)),
              Map.entry("name.familyname", new Column("p.family_name", Kind.TEXT)),
              Map.entry("name.formatted", new Column("p.formatted_name", Kind.TEXT)),
              Map.entry("nickname", kept("nickName")),
              Map.entry("usertype", kept("userType")),
              Map.entry("preferredlanguage", kept("preferredLanguage")),
              Map.entry("title", new Column("p.title", Kind.TEXT)),
              Map.entry("locale", new Column("p.locale", Kind.TEXT)),
              Map.entry("timezone", new Column("p.timezone", Kind.TEXT)),
              Map.entry("active", new Column("p.active", Kind.BOOLEAN)),
              Map.entry("enterprise:department", new Column("p.department", Kind.TEXT)),
              Map.entry("enterprise:employeenumber", new Column("p.employee_number", Kind.TEXT)),
              Map.entry("enterprise:manager", new Column("cast(p.manager_id as text)", Kind.TEXT)),
              Map.entry(
                  "enterprise:manager.value", new Column("cast(p.manager_id as text)", Kind.TEXT)),
              Map.entry("enterprise:costcenter", keptEnterprise("costCenter")),
              Map.entry("enterprise:organization", keptEnterprise("organization")),
              Map.entry("enterprise:division", keptEnterprise("division")),
              Map.entry("meta.created", new Column("p.created_at", Kind.INSTANT)),
              Map.entry("meta.lastmodified", new Column("p.updated_at", Kind.INSTANT))),
          Map.of(
              "emails", kept("emails", FilterCatalogues::plural),
              "phonenumbers", kept("phoneNumbers", FilterCatalogues::plural),
              "ims", kept("ims", FilterCatalogues::plural),
              "photos", kept("photos", FilterCatalogues::plural),
              "roles", kept("roles", FilterCatalogues::plural),
              "addresses", kept("addresses", FilterCatalogues::address),
              "groups",
                  new Values(
                      "team_members gm",
                      "gm.person_id = p.id",
                      sub ->
                          sub.equals("value")
                              ? new Column("cast(gm.team_id as text)", Kind.TEXT)
                              : null,
                      "value")));

  static final Catalogue GROUPS =
      new Catalogue(
          Map.of(
              "id", new Column("cast(t.id as text)", Kind.TEXT),
              "displayname", new Column("t.display_name", Kind.TEXT),
              "externalid", new Column("t.external_id", Kind.EXACT),
              "meta.created", new Column("t.created_at", Kind.INSTANT),
              "meta.lastmodified", new Column("t.updated_at", Kind.INSTANT)),
          Map.of(
              "members",
              new Values(
                  "team_members tm",
                  "tm.team_id = t.id",
                  sub ->
                      sub.equals("value")
                          ? new Column("cast(tm.person_id as text)", Kind.TEXT)
                          : null,
                  "value")));

  private static Column kept(String name) {
    return new Column("(p.scim_attributes->>'" + name + "')", Kind.TEXT);
  }

  private static Column keptEnterprise(String name) {
    return new Column(
        "(p.scim_attributes->'" + Scim.ENTERPRISE_USER + "'->>'" + name + "')", Kind.TEXT);
  }

  private static Values kept(String name, Function<String, String> subAttributes) {
    return new Values(
        "jsonb_array_elements(coalesce(p.scim_attributes->'" + name + "', cast('[]' as jsonb))) e",
        "true",
        sub -> {
          String canonical = subAttributes.apply(sub);
          if (canonical == null) {
            return null;
          }
          return canonical.equals("primary")
              ? new Column("cast(e->>'primary' as boolean)", Kind.BOOLEAN)
              : new Column("(e->>'" + canonical + "')", Kind.TEXT);
        },
        "value");
  }

  /** Sub-attributes of emails, phoneNumbers, ims and photos. */
  private static String plural(String sub) {
    return switch (sub) {
      case "value", "display", "type", "primary" -> sub;
      default -> null;
    };
  }

  private static String address(String sub) {
    return switch (sub) {
      case "formatted", "locality", "region", "country", "type", "primary" -> sub;
      case "streetaddress" -> "streetAddress";
      case "postalcode" -> "postalCode";
      default -> null;
    };
  }
}
