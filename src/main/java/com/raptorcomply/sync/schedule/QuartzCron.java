package com.raptorcomply.sync.schedule;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.ParseException;
import java.util.Date;
import org.quartz.CronExpression;

/**
 * A Quartz cron expression that fires at least once more. Checked as the settings are bound, so a typo is one line
 * naming the variable (exit 2) instead of a scheduler that never starts or never fires.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = QuartzCron.Validator.class)
@interface QuartzCron {

    String message() default "must be a Quartz cron expression";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Parses the expression the way the scheduler will; the parser's reason goes into the message. */
    final class Validator implements ConstraintValidator<QuartzCron, String> {

        private static final String FORM = "a Quartz cron expression has 6 or 7 fields, seconds first, with '?' in"
                + " day-of-month or day-of-week (e.g. '0 0 2 * * ?' for 2 a.m. daily)";

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String problem = problem(value.strip());
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // the parser's text is data, not a message template: no braces or dollars for the interpolator
            context.buildConstraintViolationWithTemplate(problem.replaceAll("[{}$\\\\]", ""))
                    .addConstraintViolation();
            return false;
        }

        private static String problem(String cron) {
            try {
                CronExpression expression = new CronExpression(cron);
                return expression.getNextValidTimeAfter(new Date()) == null ? "it never fires again" : null;
            } catch (ParseException e) {
                return e.getMessage().replaceFirst("\\.$", "") + "; " + FORM;
            }
        }
    }
}
