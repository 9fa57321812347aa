package org.sanxiang.registry.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.RuleViolationException;
import org.springframework.validation.BindingResult;

/**
 * Runs the command of a workbench form. When the registry's rules refuse it (a wrong check character, a duplicate
 * number, ...), the reason becomes an error on the form, which is shown again with everything that was typed.
 */
final class FormCommand {

    private FormCommand() {
    }

    static <T> Optional<T> attempt(BindingResult errors, Supplier<T> command) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(command.get());
        } catch (InvalidInputException | RuleViolationException e) {
            errors.reject("refused", e.zh());
            return Optional.empty();
        }
    }
}
