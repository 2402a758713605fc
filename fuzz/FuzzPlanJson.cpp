// libFuzzer target fuzz_plan_json: PlanJson::read on any bytes. Reading must not crash,
// hang or leak. When the bytes give a plan, it is written and the text read back, which must
// give a plan again; for a plan without errors, an equal one (the promise in PlanJson.h).
// A plan with errors holds defaults where its fields were malformed and is meant only to
// show the problems, so it need not survive the round trip unchanged: an unknown measure
// kind, for one, comes back as a "custom" measure with that kind's default parameters.
#include "FuzzApplication.h"
#include "storage/PlanJson.h"

#include <QList>

#include <cstddef>
#include <cstdint>

using namespace zeroplan;

namespace {

// The first line where two texts differ, with the line before it, to show what the round
// trip changed.
QByteArray firstDifference(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) == b.value(i))
            continue;
        const QByteArray context = i > 0 ? a.value(i - 1) + '\n' : QByteArray();
        return "line " + QByteArray::number(i + 1) + " of the written plan:\n" + context + "- " +
               a.value(i) + "\n+ " + b.value(i);
    }
    return "the plan changed in a field that PlanJson::write does not show";
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int * /*argc*/, char ***argv)
{
    fuzz::startApplication((*argv)[0]);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const PlanReadResult first = PlanJson::read(fuzz::rawBytes(data, size));
    if (!first.plan)
        return 0;
    const QByteArray written = PlanJson::write(*first.plan);
    const PlanReadResult second = PlanJson::read(written);
    if (!second.plan)
        fuzz::fail("PlanJson::read rejects what PlanJson::write wrote", written);
    if (first.ok() && !(*second.plan == *first.plan)) {
        fuzz::fail("PlanJson::write then PlanJson::read gives a different plan",
                   firstDifference(written, PlanJson::write(*second.plan)));
    }
    return 0;
}
