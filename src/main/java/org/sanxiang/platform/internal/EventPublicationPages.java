package org.sanxiang.platform.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.WorkbenchPanel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Incomplete event publications for the platform administrator: the page 事件投递, its API, and a workbench panel
 * that appears while any are waiting.
 */
@Controller
@PreAuthorize(CurrentUser.IS_PLATFORM_ADMIN)
class EventPublicationPages {

    private static final int SHOWN = 200;

    private final EventPublications publications;

    EventPublicationPages(EventPublications publications) {
        this.publications = publications;
    }

    @GetMapping("/workbench/event-publications")
    String page(Model model) {
        model.addAttribute("pending", publications.pending(SHOWN));
        model.addAttribute("total", publications.count());
        return "platform/event-publications";
    }

    @PostMapping("/workbench/event-publications/{id}/resubmit")
    String resubmit(@PathVariable UUID id, RedirectAttributes redirect) {
        publications.resubmit(id);
        redirect.addFlashAttribute("resubmitted", true);
        return "redirect:/workbench/event-publications";
    }

    @GetMapping("/api/v1/platform/event-publications")
    @ResponseBody
    List<EventPublications.Pending> list() {
        return publications.pending(SHOWN);
    }

    @PostMapping("/api/v1/platform/event-publications/{id}/resubmit")
    ResponseEntity<Void> resubmitApi(@PathVariable UUID id) {
        publications.resubmit(id);
        return ResponseEntity.accepted().build();
    }

    @org.springframework.stereotype.Component
    static class Panel implements WorkbenchPanel {

        private final EventPublications publications;

        Panel(EventPublications publications) {
            this.publications = publications;
        }

        @Override
        public String template() {
            return "platform/event-publications";
        }

        @Override
        public String fragment() {
            return "panel";
        }

        @Override
        public int order() {
            return 900;
        }

        @Override
        public Optional<Long> model(CurrentUser user) {
            if (!user.isPlatformAdmin()) {
                return Optional.empty();
            }
            long waiting = publications.count();
            return waiting == 0 ? Optional.empty() : Optional.of(waiting);
        }
    }
}
