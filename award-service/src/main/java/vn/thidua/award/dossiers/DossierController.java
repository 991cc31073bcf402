package vn.thidua.award.dossiers;

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
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "Hồ sơ đề nghị khen thưởng")
public class DossierController {

    private final MongoTemplate mongo;

    public DossierController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping
    @Operation(summary = "Dossiers visible to the caller, paginated")
    public PageResponse<Dossier> list(PlatformPrincipal caller, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageResponse.validate(page, size);
        Query query = Query.query(ScopeQueries.visibleTo(caller));
        long total = mongo.count(query, Dossier.class);
        return new PageResponse<>(mongo.find(query.with(Sort.by(Sort.Direction.DESC, "updatedAt"))
                .skip((long) page * size).limit(size), Dossier.class), page, size, total);
    }
}
