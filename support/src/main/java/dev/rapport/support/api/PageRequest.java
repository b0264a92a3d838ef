package dev.rapport.support.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code after} and {@code limit} query parameters of every list, with one rule: limit 1 to
 * {@link Page#MAX_LIMIT}, default {@link Page#DEFAULT_LIMIT}; out of range is a 400 naming {@code
 * limit}. Take it as {@code @Valid @BeanParam PageRequest page}.
 */
public class PageRequest {
  @Parameter(description = "nextCursor of the previous page")
  @QueryParam("after")
  public String after;

  @Parameter(description = "Items per page, 1 to 200; default 50")
  @QueryParam("limit")
  @DefaultValue(Page.DEFAULT_LIMIT_TEXT)
  @Min(1)
  @Max(Page.MAX_LIMIT)
  public int limit;
}
