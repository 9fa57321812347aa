package org.sanxiang.registry.internal.portal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.sanxiang.platform.ChinaTime;
import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.NotFoundException;
import org.sanxiang.platform.PageResult;
import org.sanxiang.platform.QrCodes;
import org.sanxiang.platform.VisibleAgencies;
import org.sanxiang.registry.internal.RegistryQueries;
import org.sanxiang.registry.internal.officer.Officer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public portal's registry pages: 执法主体清单, 执法人员公示, 执法人员信息查询, credential QR codes. */
@Controller
public class PublicRegistryController {

    private final RegistryQueries queries;
    private final String publicBaseUrl;

    PublicRegistryController(RegistryQueries queries, @Value("${sanxiang.portal.public-base-url:}") String publicBaseUrl) {
        this.queries = queries;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GetMapping("/portal/agencies")
    String agencies(@RequestParam(required = false) String q, @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("agencies", PageResult.of(PageResult.clamped(p -> queries.agencies(VisibleAgencies.all(), q, domain, p),
                page, 20), a -> a));
        model.addAttribute("q", q);
        model.addAttribute("domain", domain);
        return "registry/portal-agencies";
    }

    @GetMapping("/portal/agencies/{id}")
    String agency(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("agency", queries.agency(id));
        model.addAttribute("officers", PageResult.of(PageResult.clamped(p -> queries.officers(VisibleAgencies.all(), id, null, true, p),
                page, 24), o -> o));
        return "registry/portal-agency";
    }

    @GetMapping("/portal/officers/lookup")
    String lookup(@RequestParam(required = false) String number, @RequestParam(required = false) Long agencyId,
            @RequestParam(required = false) String name, Model model) {
        model.addAttribute("agencies", queries.allAgencies(VisibleAgencies.all()));
        model.addAttribute("number", number);
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("name", name);
        if (number != null && !number.isBlank()) {
            model.addAttribute("results", queries.card(number).map(List::of).orElse(List.of()));
        } else if (agencyId != null && name != null && !name.isBlank()) {
            model.addAttribute("results", queries.cardsByName(agencyId, name));
            model.addAttribute("agency", queries.agency(agencyId));
        }
        return "registry/portal-lookup";
    }

    /** What a credential's QR code opens; an unknown (perhaps forged) number says so and how to report it. */
    @GetMapping("/portal/credentials/{number}")
    String credential(@PathVariable String number, Model model, HttpServletResponse response) {
        Optional<PublicCard> card = queries.card(number);
        if (card.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("number", number);
            return "registry/portal-credential-unknown";
        }
        model.addAttribute("card", card.get());
        model.addAttribute("checkedAt", java.time.ZonedDateTime.now(ChinaTime.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        return "registry/portal-credential";
    }

    @GetMapping(value = "/portal/credentials/{number}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qrPng(@PathVariable String number) {
        queries.card(number).orElseThrow(PublicRegistryController::unknownCredential);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(QrCodes.png(lookupUrl(number)));
    }

    @GetMapping(value = "/portal/credentials/{number}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qrSvg(@PathVariable String number) {
        queries.card(number).orElseThrow(PublicRegistryController::unknownCredential);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(QrCodes.svg(lookupUrl(number), "执法证查询二维码"));
    }

    @GetMapping("/portal/officers/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        Officer officer = queries.officerEntity(id);
        if (!officer.isActive() || !officer.hasPhoto()) {
            throw new NotFoundException("没有照片", "No photo");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(officer.getPhotoType()))
                .cacheControl(CacheControl.noCache()).body(officer.getPhoto());
    }

    /** The address printed in the QR code: the configured public address, else the one this request came to. */
    String lookupUrl(String number) {
        String base = publicBaseUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : publicBaseUrl.replaceAll("/+$", "");
        return base + "/portal/credentials/" + org.springframework.web.util.UriUtils.encodePathSegment(number,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    static NotFoundException unknownCredential() {
        return new NotFoundException("查无此执法证号，请核对后重试；如怀疑证件伪造，请拨打该执法主体的投诉举报电话。",
                "No such credential number");
    }

    @Bean
    static MenuItem agencyListMenu() {
        return new MenuItem(MenuItem.Face.PORTAL, "registry.menu.agencies", "/portal/agencies", 10, Set.of());
    }

    @Bean
    static MenuItem officerLookupMenu() {
        return new MenuItem(MenuItem.Face.PORTAL, "registry.menu.lookup", "/portal/officers/lookup", 20, Set.of());
    }
}
