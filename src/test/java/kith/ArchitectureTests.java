package kith;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaModifier;
import kith.shared.ConditionalOnDemo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Conventions that Spring Modulith does not check (STYLE.md habits 2 and 7). */
@AnalyzeClasses(packages = "kith", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().notHaveModifier(JavaModifier.PUBLIC)
            .because("a controller is a module's internal detail");

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = classes()
            .that().areAssignableTo(Repository.class)
            .should().notHaveModifier(JavaModifier.PUBLIC)
            .because("only the module that owns an aggregate may load and save it");

    @ArchTest
    static final ArchRule noJpa = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
            .because("Kith uses Spring Data JDBC and explicit SQL, not JPA");

    @ArchTest
    static final ArchRule oneToday = noClasses().that().doNotHaveFullyQualifiedName("kith.shared.Today")
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDate.class, "now", Clock.class)
            .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
            .orShould().callMethod(ZoneId.class, "of", String.class)
            .because("today in England is kith.shared.Today's, from the one clock: no two places disagree on it");

    @ArchTest
    static final ArchRule runAsOnlyInTheDemo = noClasses().that().areNotAnnotatedWith(ConditionalOnDemo.class)
            .should().dependOnClassesThat().haveFullyQualifiedName("kith.access.RunAs")
            .because("acting as a named user without signing in is for demo data only");

    @ArchTest
    static final ArchRule demoCodeExistsOnlyInTheDemo = classes().that().haveSimpleNameStartingWith("Demo")
            .and().areTopLevelClasses().and().doNotHaveSimpleName("DemoMode")
            .or().haveFullyQualifiedName("kith.access.RunAs")
            .should().beAnnotatedWith(ConditionalOnDemo.class)
            .because("demo users, data and shortcuts are not even created outside the demo configuration");

    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .should().beAnnotatedWith(Autowired.class)
            .because("dependencies are constructor arguments");
}
