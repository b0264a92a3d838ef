package dev.rapport.support.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value of the right type that no request may carry (see {@link InputRules}); its message is
 * for the client, and Jackson adds the field path as it unwinds.
 */
public class RefusedValueException extends JsonMappingException {
  private final String clientMessage;

  public RefusedValueException(JsonParser parser, String clientMessage) {
    super(parser, clientMessage);
    this.clientMessage = clientMessage;
  }

  /** E.g. "must not contain control characters", to follow the field name. */
  public String clientMessage() {
    return clientMessage;
  }
}
