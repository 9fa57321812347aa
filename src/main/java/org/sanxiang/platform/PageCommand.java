package org.sanxiang.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A command posted from a workbench page that returns to a page: with a confirmation when it was done, or with the
 * reason it was refused ({@code refusedZh}/{@code refusedEn}, shown by the layout's {@code refused} fragment)
 * instead of an error page that loses the user's place.
 */
public final class PageCommand {

    private PageCommand() {
    }

    /** Runs the command and returns "redirect:" to the page, flashing {@code confirmation = detail} or the refusal. */
    public static String run(RedirectAttributes redirect, String page, String confirmation, Object detail,
            Runnable command) {
        try {
            command.run();
            redirect.addFlashAttribute(confirmation, detail);
        } catch (InvalidInputException | RuleViolationException e) {
            redirect.addFlashAttribute("refusedZh", e.zh());
            redirect.addFlashAttribute("refusedEn", e.en());
        }
        return "redirect:" + page;
    }
}
