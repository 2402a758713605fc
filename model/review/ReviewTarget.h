#pragma once

#include <QString>
#include <optional>

namespace zeroplan {

// What a comment is about (docs/review.md): the plan itself, or one object of it named as the
// change log names objects (FieldChange): the plan's list and the item's key there. A baseline
// line, a plan factor and a measure are known by their id, a scenario by its name.
struct ReviewTarget
{
    QString part; // "plan", "activities", "factors", "measures" or "scenarios"
    QString key;  // empty for the plan

    static ReviewTarget plan() { return {QStringLiteral("plan"), {}}; }
    static ReviewTarget activity(const QString &id) { return {QStringLiteral("activities"), id}; }
    static ReviewTarget factor(const QString &id) { return {QStringLiteral("factors"), id}; }
    static ReviewTarget measure(const QString &id) { return {QStringLiteral("measures"), id}; }
    static ReviewTarget scenario(const QString &name)
    {
        return {QStringLiteral("scenarios"), name};
    }

    bool isPlan() const { return part == QLatin1String("plan"); }
    // "measures[led]", "plan": as the comments file and the command line write it.
    QString object() const;
    // Back from object(); nothing for a part that is none of the five, or a list without a key.
    static std::optional<ReviewTarget> fromObject(const QString &text);

    bool operator==(const ReviewTarget &) const = default;
};

} // namespace zeroplan
