package org.sanxiang.platform;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A command posted from a workbench page. Done, it redirects (after a POST, so that reloading does not post again)
 * with a notice; refused by a rule or as bad input, it keeps the user's place instead of showing an error page:
 * <ul>
 * <li>{@link #run}: back to the page with the reason flashed ({@code refusedZh}/{@code refusedEn}, shown by the
 * layout's {@code refused} fragment);</li>
 * <li>{@link #created}, {@link #changed}: the form again with the reason as its error and everything typed.</li>
 * </ul>
 */
public final class PageCommand {

    private PageCommand() {
    }

    /** Runs the command and returns "redirect:" to the page, flashing {@code confirmation = detail} or the refusal. */
    public static String run(RedirectAttributes redirect, String page, String confirmation, Object detail,
            Runnable command) {
        return runTo(redirect, page, () -> {
            command.run();
            redirect.addFlashAttribute(confirmation, detail);
            return page;
        });
    }

    /**
     * Runs a command whose page is known only once it is done (the record it made): "redirect:" to that page, or,
     * when refused, back to {@code pageIfRefused} with the reason flashed as {@link #run} does.
     */
    public static String runTo(RedirectAttributes redirect, String pageIfRefused, Supplier<String> command) {
        return "redirect:" + attempt(command, refusal -> {
            redirect.addFlashAttribute("refusedZh", refusal.zh());
            redirect.addFlashAttribute("refusedEn", refusal.en());
        }).orElse(pageIfRefused);
    }

    /**
     * Runs a form's command that creates a record, unless the form has binding errors: on success the "saved" notice
     * and a redirect to {@code savedAt} of the new id, otherwise the form again.
     */
    public static <T> String created(BindingResult errors, Supplier<T> command, Function<T, String> savedAt,
            RedirectAttributes redirect, Supplier<String> formAgain) {
        if (errors.hasErrors()) {
            return formAgain.get();
        }
        // the message bundles pick the reader's language: "refused" is {0} in Chinese, {1} in English
        return attempt(command, refusal -> errors.reject("refused", new Object[] {refusal.zh(), refusal.en()},
                refusal.zh())).map(id -> {
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + savedAt.apply(id);
        }).orElseGet(formAgain);
    }

    /** Runs a form's command that changes a record: on success the "saved" notice and a redirect, otherwise the form. */
    public static String changed(BindingResult errors, Runnable command, String savedAt, RedirectAttributes redirect,
            Supplier<String> formAgain) {
        return created(errors, () -> {
            command.run();
            return savedAt;
        }, at -> at, redirect, formAgain);
    }

    private static <T> Optional<T> attempt(Supplier<T> command, Consumer<SanxiangException> refused) {
        try {
            return Optional.of(command.get());
        } catch (InvalidInputException | RuleViolationException e) {
            refused.accept(e);
            return Optional.empty();
        }
    }
}
