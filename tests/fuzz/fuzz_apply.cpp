// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// libFuzzer: any bytes, as one message and as an NDJSON log, into a state primed with steps,
// people and files (download counts at the edges: INT64_MAX, 1e300, beyond 64 bits). For every
// input:
//  - nothing crashes (ASan, UBSan), and a rejected message leaves the state unchanged;
//  - every printed line (the watch line, the state dump) is valid JSON and valid UTF-8;
//  - the activity dumped, loaded and dumped again is the same text (a fixed point);
//  - applying the message a second time changes nothing but the applied count, for every event
//    but 403 (which counts a download): SPEC §4 relies on it to replay held events over a
//    snapshot (merges, replaces, removals and notifications all are idempotent);
//  - collecting details or not ends in the same state.
#include "protocol/activitystate.h"
#include "protocol/lenientjson.h"
#include "protocol/replayer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <simdjson.h>
#include <string>

namespace {
const char *kSnapshot =
    R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"n","steps":[{"id":"s1","contents":[{"id":"c1"}]},{"id":"d00f6246-08b5-4cc2-8db0-0c2344589691"}],"config":{"a":1}})";
const char *kPrime[] = {
    R"({"id":201,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","user":{"id":"u1","name":"Ann","status":"online"}})",
    R"({"id":201,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","user":{"id":"u2","score":123456789012345678901234567890}})",
    R"({"id":401,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","file":{"id":"f1","name":"a","download_count":2}})",
    R"({"id":401,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","file":{"id":"f2","download_count":9223372036854775807}})",
    R"({"id":401,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","file":{"id":"f3","download_count":1e300}})",
    R"({"id":401,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","file":{"id":"f4","download_count":1e400}})",
};

[[noreturn]] void fail(const char *what, const std::string &text)
{
    std::fprintf(stderr, "fuzz_apply: %s\n%s\n", what, text.substr(0, 4000).c_str());
    std::abort();
}

void prime(mirage::ActivityState &s, bool details)
{
    s.setCollectDetails(details);
    if (!s.loadSnapshot(kSnapshot).empty())
        fail("snapshot refused", kSnapshot);
    for (const char *m : kPrime) {
        if (!s.apply(m).applied)
            fail("priming message refused", m);
    }
}

// Valid UTF-8 and valid JSON (numbers beyond range, which JSON allows, included).
void checkLine(const std::string &line, const char *what)
{
    if (!simdjson::validate_utf8(line.data(), line.size()))
        fail(what, line);
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    simdjson::error_code err = parser.parse(line).get(root);
    std::string mended;
    if (mirage::LenientJson::isFallbackError(err) && mirage::LenientJson::rewrite(line, mended))
        err = parser.parse(mended).get(root);
    if (err != simdjson::SUCCESS)
        fail(what, line + "\n" + simdjson::error_message(err));
    for (unsigned char c : line) {
        if (c < 0x20)
            fail(what, line);
    }
}

// The state without its applied / rejected counts.
std::string stateOnly(const mirage::ActivityState &s)
{
    std::string d = s.dumpJson();
    return d.substr(0, d.rfind(",\"applied\":"));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    mirage::ActivityState state;
    prime(state, size % 2 == 0);

    const std::string before = state.dumpJson();
    const mirage::ApplyResult r = state.apply(input);
    if (!r.applied) {
        std::string expected = before;
        expected.replace(expected.rfind("\"rejected\":0"), 12, "\"rejected\":1");
        if (state.dumpJson() != expected)
            fail("a rejected message changed the state", input);
    }
    checkLine(r.toWatchLine(1, state.activityId()), "watch line");
    const std::string once = state.dumpJson();
    checkLine(once, "state dump");

    // Dump, load, dump: the same text.
    if (state.activity().isObject()) {
        const std::string a = state.activity().toJson();
        mirage::ActivityState again;
        const std::string err = again.loadSnapshot(a);
        if (!err.empty())
            fail(("the dumped activity does not load: " + err).c_str(), a);
        if (again.activity().toJson() != a)
            fail("dump -> load -> dump is not a fixed point", a + "\n" + again.activity().toJson());
    }

    // Details on or off: the same state.
    {
        mirage::ActivityState other;
        prime(other, size % 2 != 0);
        const mirage::ApplyResult o = other.apply(input);
        if (o.applied != r.applied || other.dumpJson() != once)
            fail("details on and off differ", input);
    }

    // The same message again: no change, but for a 403's count.
    if (r.applied && r.id != 403) {
        const std::string state1 = stateOnly(state);
        if (!state.apply(input).applied)
            fail("an applied message is refused the second time", input);
        if (stateOnly(state) != state1)
            fail("applying twice differs from once", input + "\n" + state1 + "\n" + stateOnly(state));
    }

    std::string padded = input;
    padded.append(64, '\0');
    mirage::Replayer replayer(state);
    replayer.setObserver(
        [&](uint64_t seq, uint64_t, const mirage::ApplyResult &x) { checkLine(x.toWatchLine(seq, state.activityId()), "replay line"); });
    replayer.run(padded.data(), input.size());
    checkLine(state.dumpJson(), "state dump after replay");
    return 0;
}
