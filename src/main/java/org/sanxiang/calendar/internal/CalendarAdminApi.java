package org.sanxiang.calendar.internal;

import java.net.URI;
import java.util.List;

import org.sanxiang.platform.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import of a year's holiday file by API: the file as the JSON body, or uploaded as the multipart part {@code file}.
 * Re-importing a year replaces it. A file with problems answers 400 listing every problem, and nothing is stored.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdminApi {

    private final CalendarImporter importer;

    CalendarAdminApi(CalendarImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/years", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportRecord> importJson(CurrentUser user, @RequestBody byte[] json) {
        return created(importer.importBy(user, UploadedFiles.checked(json), "api"));
    }

    @PostMapping(path = "/years", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportRecord> importUpload(CurrentUser user,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        return created(importer.importBy(user, UploadedFiles.bytes(file), UploadedFiles.name(file)));
    }

    /** Who imported which file and when, newest first (seeding on first start included, as "system"). */
    @GetMapping("/imports")
    List<ImportRecord> imports() {
        return importer.history();
    }

    private static ResponseEntity<ImportRecord> created(ImportRecord record) {
        return ResponseEntity.created(URI.create("/api/v1/public/calendar/years/" + record.year())).body(record);
    }
}
