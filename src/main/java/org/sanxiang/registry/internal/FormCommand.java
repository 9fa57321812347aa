package org.sanxiang.registry.internal;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.sanxiang.platform.InvalidInputException;
import org.sanxiang.platform.RuleViolationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs the command of a workbench form. When the registry's rules refuse it (a wrong check character, a duplicate
 * number, ...), the reason becomes an error on the form, which is shown again with everything that was typed.
 */
final class FormCommand {

    private FormCommand() {
    }

    /**
     * Runs a command that creates a record: on success the "saved" notice and a redirect to {@code savedAt} of the
     * new id, otherwise the form again.
     */
    static <T> String created(BindingResult errors, Supplier<T> command, Function<T, String> savedAt,
            RedirectAttributes redirect, Supplier<String> formAgain) {
        return attempt(errors, command).map(id -> {
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + savedAt.apply(id);
        }).orElseGet(formAgain);
    }

    /** Runs a command that changes a record: on success the "saved" notice and a redirect, otherwise the form again. */
    static String changed(BindingResult errors, Runnable command, String savedAt, RedirectAttributes redirect,
            Supplier<String> formAgain) {
        return created(errors, () -> {
            command.run();
            return savedAt;
        }, at -> at, redirect, formAgain);
    }

    private static <T> Optional<T> attempt(BindingResult errors, Supplier<T> command) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(command.get());
        } catch (InvalidInputException | RuleViolationException e) {
            // The message bundles pick the reader's language: "refused" is {0} in Chinese, {1} in English.
            errors.reject("refused", new Object[] {e.zh(), e.en()}, e.zh());
            return Optional.empty();
        }
    }
}
