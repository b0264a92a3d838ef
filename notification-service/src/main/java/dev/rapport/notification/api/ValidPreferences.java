package dev.rapport.notification.api;

import dev.rapport.notification.domain.PreferencesRules;
import dev.rapport.support.outbound.OutboundGuard;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The checks on preferences that span fields or need the domain's names (kinds, channels, event
 * types, timezones), reported like any other validation error: one field error each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPreferences.Validator.class)
public @interface ValidPreferences {
  String message() default "invalid preferences";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Runs {@link PreferencesRules#check}. */
  class Validator implements ConstraintValidator<ValidPreferences, PreferencesRequest> {
    // Looked up on use: validators are made at static init, before runtime config exists.
    @Inject Instance<OutboundGuard> guard;

    @Override
    public boolean isValid(PreferencesRequest request, ConstraintValidatorContext context) {
      if (request == null) {
        return true;
      }
      var errors = PreferencesRules.check(request.toChange(), guard.get());
      if (errors.isEmpty()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      for (var error : errors) {
        context
            .buildConstraintViolationWithTemplate(
                error.message().replace("{", "\\{").replace("$", "\\$"))
            .addPropertyNode(error.field())
            .addConstraintViolation();
      }
      return false;
    }
  }
}
