package dev.rapport.support.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Field paths as a client knows them ({@code title}, {@code tasks[0].title}): the JSON shape of the
 * request, without the Java method and parameter names a validator puts in front.
 */
public final class FieldPaths {
  private FieldPaths() {}

  /**
   * {@code create.request.tasks[0].title} becomes {@code tasks[0].title}. A violation on a
   * parameter itself (a query parameter, or a missing body) is named by the parameter.
   */
  public static String of(Path propertyPath) {
    List<Path.Node> nodes = new ArrayList<>();
    propertyPath.forEach(nodes::add);
    StringBuilder path = new StringBuilder();
    String parameter = null;
    for (Path.Node node : nodes) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD
          || kind == ElementKind.CONSTRUCTOR
          || kind == ElementKind.CROSS_PARAMETER) {
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (kind == ElementKind.RETURN_VALUE) {
        parameter = "return value";
        continue;
      }
      // The index or key of a container element sits on the node that follows the container.
      if (node.isInIterable()) {
        appendIndex(path, node.getIndex() != null ? node.getIndex() : node.getKey());
      }
      if (kind == ElementKind.PROPERTY && node.getName() != null) {
        appendName(path, node.getName());
      }
    }
    if (path.isEmpty()) {
      return parameter != null ? parameter : "";
    }
    return path.toString();
  }

  /** The path Jackson reports for a binding error, e.g. {@code tasks[0].title}. */
  public static String of(List<JsonMappingException.Reference> jsonPath) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : jsonPath) {
      if (reference.getFieldName() != null) {
        appendName(path, reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        appendIndex(path, reference.getIndex());
      }
    }
    return path.toString();
  }

  private static void appendName(StringBuilder path, String name) {
    if (!path.isEmpty()) {
      path.append('.');
    }
    path.append(name);
  }

  private static void appendIndex(StringBuilder path, Object index) {
    if (index != null) {
      path.append('[').append(index).append(']');
    } else {
      path.append("[]");
    }
  }
}
