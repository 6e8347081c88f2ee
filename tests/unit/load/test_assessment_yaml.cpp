// A target set's `assessment:` block picks the method: eurostat (default), unsd or dns, and for
// dns how changes are averaged.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "chitieu/load/targets_yaml.hpp"
#include "support/messages.hpp"

using namespace chitieu;

namespace {

struct Loaded {
    TargetSet set;
    std::vector<std::string> messages;
};

Loaded load_assessment(const std::string& block) {
    Diagnostics diagnostics;
    Loaded loaded;
    loaded.set =
        load_targets_yaml("id: ok\nperiod: {base: 2020, end: 2025}\nassessment: " + block +
                              "\ntargets:\n  - {id: a, kind: level, series: x, op: \">\", value: 1}\n",
                          "t.yaml", diagnostics);
    loaded.messages = test::formatted(diagnostics);
    return loaded;
}

}  // namespace

TEST_CASE("assessment yaml: one line picks the method") {
    const Loaded none = load_assessment("{on_track: 0.9}");
    CHECK(none.messages.empty());
    CHECK(none.set.assessment.method == AssessmentMethod::eurostat);
    CHECK(none.set.assessment.dns_changes == DnsChanges::relative);

    const Loaded unsd = load_assessment("{method: unsd}");
    CHECK(unsd.messages.empty());
    CHECK(unsd.set.assessment.method == AssessmentMethod::unsd);

    const Loaded dns = load_assessment("{method: dns}");
    CHECK(dns.messages.empty());
    CHECK(dns.set.assessment.method == AssessmentMethod::dns);
    CHECK(dns.set.assessment.dns_changes == DnsChanges::relative);

    const Loaded absolute = load_assessment("{method: dns, changes: absolute}");
    CHECK(absolute.messages.empty());
    CHECK(absolute.set.assessment.dns_changes == DnsChanges::absolute);

    const Loaded eurostat = load_assessment("{method: eurostat, on_track: 0.9, at_risk: 0.5}");
    CHECK(eurostat.messages.empty());
    CHECK(eurostat.set.assessment.on_track == 0.9);
    CHECK(eurostat.set.assessment.method == AssessmentMethod::eurostat);
}

TEST_CASE("assessment yaml: wrong names and keys that do not fit the method") {
    CHECK(load_assessment("{method: undp}").messages ==
          std::vector<std::string>{
              "t.yaml:3:22: error: 'undp' is not an assessment method; use eurostat, unsd or dns"});
    CHECK(load_assessment("{method: dns, changes: sideways}").messages ==
          std::vector<std::string>{
              "t.yaml:3:36: error: 'sideways' is not a way to average changes; use relative or absolute"});
    CHECK(
        load_assessment("{method: unsd, changes: absolute}").messages ==
        std::vector<std::string>{"t.yaml:3:37: error: changes: applies to the dns method only (how its last "
                                 "five annual changes are averaged); add method: dns or remove it"});
    CHECK(load_assessment("{method: unsd, on_track: 0.9}").messages ==
          std::vector<std::string>{
              "t.yaml:3:38: error: on_track: sets a threshold of the eurostat method; the "
              "unsd method has its own (see the README): remove it or use method: eurostat"});
    const Loaded bad = load_assessment("{method: dns, at_risk: 0.5}");
    REQUIRE(bad.messages.size() == 1);
    CHECK(bad.messages[0].find("at_risk: sets a threshold of the eurostat method; the dns method") !=
          std::string::npos);
    CHECK(bad.set.assessment.method == AssessmentMethod::eurostat);  // the block is not taken
    CHECK(load_assessment("{method: [unsd]}").messages.size() == 1);
}
