package dev.rapport.skills.scim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.ScimException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The {@code attributes} and {@code excludedAttributes} query parameters (RFC 7644 §3.4.2.5) on a
 * representation: top-level attributes, sub-attributes ({@code name.givenName}) and extension
 * attributes by URN. {@code id} and {@code schemas} are always returned. Entra ID asks for Groups
 * with {@code excludedAttributes=members}; resources also use {@link #includes} to skip loading
 * what will not be returned.
 */
record AttributeSelection(List<Selected> attributes, List<Selected> excluded) {
  private static final Set<String> ALWAYS = Set.of("id", "schemas");

  /** A top-level attribute and optionally one of its sub-attributes. */
  record Selected(String top, String sub) {}

  /** Every attribute, as returned when the request names none (and after a write). */
  static final AttributeSelection DEFAULT = of(null, null);

  static AttributeSelection of(String attributes, String excludedAttributes) {
    return new AttributeSelection(parse(attributes), parse(excludedAttributes));
  }

  /** Whether the top-level attribute {@code name} will be in the response. */
  boolean includes(String name) {
    if (!attributes.isEmpty()) {
      return attributes.stream().anyMatch(s -> s.top().equalsIgnoreCase(name));
    }
    return excluded.stream().noneMatch(s -> s.top().equalsIgnoreCase(name) && s.sub() == null);
  }

  ObjectNode apply(ObjectNode resource) {
    if (!attributes.isEmpty()) {
      for (Iterator<String> names = resource.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (ALWAYS.contains(name)) {
          continue;
        }
        List<Selected> wanted =
            attributes.stream().filter(s -> s.top().equalsIgnoreCase(name)).toList();
        if (wanted.isEmpty()) {
          names.remove();
        } else if (wanted.stream().noneMatch(s -> s.sub() == null)
            && resource.get(name) instanceof ObjectNode complex) {
          for (Iterator<String> subs = complex.fieldNames(); subs.hasNext(); ) {
            String sub = subs.next();
            if (wanted.stream().noneMatch(s -> s.sub().equalsIgnoreCase(sub))) {
              subs.remove();
            }
          }
        }
      }
    }
    for (Selected excluded : excluded) {
      String top = actualName(resource, excluded.top());
      if (top == null || ALWAYS.contains(top)) {
        continue;
      }
      if (excluded.sub() == null) {
        resource.remove(top);
      } else if (resource.get(top) instanceof ObjectNode complex) {
        String sub = actualName(complex, excluded.sub());
        if (sub != null) {
          complex.remove(sub);
        }
      }
    }
    return resource;
  }

  private static String actualName(ObjectNode node, String name) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String actual = names.next();
      if (actual.equalsIgnoreCase(name)) {
        return actual;
      }
    }
    return null;
  }

  private static List<Selected> parse(String list) {
    List<Selected> selected = new ArrayList<>();
    if (list == null || list.isBlank()) {
      return selected;
    }
    for (String item : list.split(",")) {
      String text = item.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (text.equalsIgnoreCase(Scim.ENTERPRISE_USER)) {
        selected.add(new Selected(Scim.ENTERPRISE_USER, null));
        continue;
      }
      Path path;
      try {
        path = Path.fromString(text);
      } catch (ScimException e) {
        throw ScimProblems.invalidValue("'" + text + "' is not an attribute name");
      }
      if (path.size() == 0) {
        continue;
      }
      String urn = path.getSchemaUrn();
      if (urn != null && urn.equalsIgnoreCase(Scim.ENTERPRISE_USER)) {
        selected.add(new Selected(Scim.ENTERPRISE_USER, attribute(path, 0)));
      } else {
        selected.add(new Selected(attribute(path, 0), path.size() > 1 ? attribute(path, 1) : null));
      }
    }
    return selected;
  }

  private static String attribute(Path path, int index) {
    return path.getElement(index).getAttribute();
  }
}
