package org.sanxiang.calendar.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for the holiday data: the loaded years, the import trail, and the upload of a new
 * year's file. A file with problems is not imported; the page lists every problem in Chinese.
 */
@Controller
@RequestMapping("/workbench/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarWorkbench {

    private final CalendarImporter importer;
    private final CalendarStore store;

    CalendarWorkbench(CalendarImporter importer, CalendarStore store) {
        this.importer = importer;
        this.store = store;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("years", store.summaries());
        model.addAttribute("imports", importer.history());
        return "calendar/admin";
    }

    @PostMapping("/import")
    String upload(CurrentUser user, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect, Model model, HttpServletResponse response) {
        try {
            ImportRecord record = importer.importBy(user, UploadedFiles.bytes(file), UploadedFiles.name(file));
            redirect.addFlashAttribute("imported", record);
            return "redirect:/workbench/calendar";
        } catch (InvalidInputException e) {
            // stay on the page with the problems, so the administrator sees them next to the form
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e instanceof InvalidHolidayFileException invalid
                    ? invalid.problems() : List.of(new Problem(e.zh(), e.en())));
            model.addAttribute("fileName", file == null ? null : UploadedFiles.name(file));
            return page(model);
        }
    }
}
