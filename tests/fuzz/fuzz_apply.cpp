// libFuzzer: any bytes, as one message and as an NDJSON log, into a state primed with steps,
// people and files. The state must never crash, and a rejected message must leave it unchanged.
#include "activitystate.h"
#include "replayer.h"

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {
const char *kSnapshot = R"({"id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","name":"n","steps":[{"id":"s1","contents":[{"id":"c1"}]},{"id":"d00f6246-08b5-4cc2-8db0-0c2344589691"}],"config":{"a":1}})";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    mirage::ActivityState state;
    state.setCollectDetails(size % 2 == 0);
    if (!state.loadSnapshot(kSnapshot).empty())
        std::abort();
    state.apply(R"({"id":201,"activity_id":"63b76319-68ef-4412-9dd4-bb2a13315ee2","user":{"id":"u1"}})");

    const std::string before = state.dumpJson();
    const mirage::ApplyResult r = state.apply(input);
    if (!r.applied) {
        std::string expected = before;
        expected.replace(expected.rfind("\"rejected\":0"), 12, "\"rejected\":1");
        if (state.dumpJson() != expected)
            std::abort(); // a rejected message changed the state
    }
    (void)r.toWatchLine(1, state.activityId());

    std::string padded = input;
    padded.append(64, '\0');
    mirage::Replayer replayer(state);
    replayer.run(padded.data(), input.size());
    (void)state.dumpJson();
    return 0;
}
