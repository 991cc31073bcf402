package vn.thidua.registration.registrations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.tenancy.ScopeQueries;
import vn.thidua.shared.web.PageResponse;

@RestController
@RequestMapping("/api/v1/registrations")
@Tag(name = "Registrations", description = "Đăng ký thi đua")
public class RegistrationController {

    private final MongoTemplate mongo;

    public RegistrationController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping
    @Operation(summary = "Registrations visible to the caller, paginated")
    public PageResponse<Registration> list(PlatformPrincipal caller, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageResponse.validate(page, size);
        Query query = Query.query(ScopeQueries.visibleTo(caller));
        long total = mongo.count(query, Registration.class);
        return new PageResponse<>(mongo.find(query.with(Sort.by("year", "unitCode")).skip((long) page * size)
                .limit(size), Registration.class), page, size, total);
    }
}
