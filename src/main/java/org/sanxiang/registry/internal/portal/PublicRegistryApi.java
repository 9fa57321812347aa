package org.sanxiang.registry.internal.portal;

import org.sanxiang.platform.PageResult;
import org.sanxiang.platform.VisibleAgencies;
import org.sanxiang.registry.internal.RegistryQueries;
import org.sanxiang.registry.internal.agency.AgencyView;
import org.sanxiang.registry.internal.credential.CredentialView;
import org.sanxiang.registry.internal.officer.OfficerView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public registry API: agencies, their officers and the credential lookup (API contract: Credentials). */
@RestController
@RequestMapping("/api/v1/public")
public class PublicRegistryApi {

    private final RegistryQueries queries;

    PublicRegistryApi(RegistryQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/credentials/{number}")
    PublicCard credential(@PathVariable String number) {
        return queries.card(number).orElseThrow(PublicRegistryController::unknownCredential);
    }

    @GetMapping("/agencies")
    PageResult<PublicAgency> agencies(@RequestParam(required = false) String q,
            @RequestParam(required = false) String domain, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResult.of(queries.agencies(VisibleAgencies.all(), q, domain, PageResult.request(page, size)), PublicAgency::of);
    }

    @GetMapping("/agencies/{id}/officers")
    PageResult<PublicOfficer> officers(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        queries.agency(id);
        return PageResult.of(queries.officers(VisibleAgencies.all(), id, null, true, PageResult.request(page, size)),
                PublicOfficer::of);
    }

    /** An agency as the public sees it (执法主体清单). */
    public record PublicAgency(long id, String name, String uscc, String level, String domain, String kind,
            String parent, String address, String phone, String complaintPhone, String legalBasis) {

        static PublicAgency of(AgencyView a) {
            return new PublicAgency(a.id(), a.name(), a.uscc(), a.level().name(), a.domain(), a.kind().name(),
                    a.parentName(), a.address(), a.phone(), a.complaintPhone(), a.legalBasis());
        }
    }

    /** An officer as the public sees it (执法人员公示): never the ID number. */
    public record PublicOfficer(long id, String name, String unit, java.util.List<String> domains, String areas,
            String credentialNumber, java.time.LocalDate validTo, String status, String photoUrl) {

        static PublicOfficer of(OfficerView o) {
            CredentialView c = o.currentCredential();
            return new PublicOfficer(o.id(), o.name(), o.unitName(), o.domains(), o.areas(),
                    c == null ? null : c.number(), c == null ? null : c.validUntil(),
                    c == null ? null : c.status().name(), o.hasPhoto() ? "/portal/officers/" + o.id() + "/photo" : null);
        }
    }
}
