// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

// The state tree's compact layout (issue #12): 16-byte values and keys with text inline up to 15
// bytes and on the heap beyond, moves that leave the source empty, deep clones, and the flat UUID
// index against std::unordered_map under random inserts and deletes with forced collisions.

#include "protocol/compactstring.h"
#include "protocol/jsonvalue.h"
#include "protocol/uuidindex.h"

#include <QTest>

#include <random>
#include <string>
#include <unordered_map>

using namespace mirage;

class TestJsonTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sizes()
    {
        QCOMPARE(sizeof(JsonValue), size_t(16));
        QCOMPARE(sizeof(CompactString), size_t(16));
        QCOMPARE(sizeof(JsonObject::Member), size_t(32));
    }

    void text_data()
    {
        QTest::addColumn<int>("length");
        for (int n : {0, 1, 14, 15, 16, 17, 64, 5000})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }
    void text()
    {
        QFETCH(int, length);
        std::string s;
        for (int i = 0; i < length; ++i)
            s.push_back(char('a' + i % 26));
        s.insert(s.size() / 2, length > 2 ? "\"\n" : ""); // escapes in the middle

        JsonValue v(s);
        QVERIFY(v.isString());
        QCOMPARE(std::string(v.toString()), s);
        QCOMPARE(v.toJson(), JsonValue(s).toJson());
        JsonValue copy = v.clone();
        QCOMPARE(std::string(copy.toString()), s);
        QVERIFY(copy == v);
        JsonValue moved(std::move(v));
        QCOMPARE(std::string(moved.toString()), s);
        QVERIFY(v.isNull()); // NOLINT(bugprone-use-after-move): a moved-from value is null
        v = std::move(moved);
        QCOMPARE(std::string(v.toString()), s);

        CompactString key(s);
        QCOMPARE(std::string(key.view()), s);
        CompactString keyCopy = key;
        QVERIFY(keyCopy == key);
        CompactString keyMoved(std::move(key));
        QCOMPARE(std::string(keyMoved.view()), s);
        QVERIFY(key.empty()); // NOLINT(bugprone-use-after-move)

        JsonValue raw = JsonValue::rawNumber(std::string(size_t(length) + 1, '9'));
        QVERIFY(raw.isRawNumber() && raw.isNumber() && !raw.isString());
        QCOMPARE(raw.rawNumberText().size(), size_t(length) + 1);
        QCOMPARE(raw.toJson(), std::string(size_t(length) + 1, '9'));
        QVERIFY(raw.toString().empty());
    }

    void objectKeys()
    {
        JsonValue o = JsonValue::object();
        const std::string longKey(40, 'k');
        for (int i = 0; i < 30; ++i) // past the object's hash-index threshold
            o.asObject().set(std::to_string(i) + (i % 2 ? longKey : std::string()), JsonValue(int64_t(i)));
        for (int i = 0; i < 30; ++i) {
            const JsonValue *v = o.find(std::to_string(i) + (i % 2 ? longKey : std::string()));
            QVERIFY(v);
            QCOMPARE(v->toInt(), int64_t(i));
        }
        QVERIFY(o.asObject().remove("3" + longKey));
        QVERIFY(!o.find("3" + longKey));
        QCOMPARE(o.find("4")->toInt(), int64_t(4));
        QVERIFY(o.clone() == o);
    }

    void uuidIndexMatchesAHashMap()
    {
        std::mt19937_64 rng(12);
        // Few distinct keys whose hashes crowd a small table: long probe runs, wrap-around, and
        // backward shifts over them.
        std::vector<UuidBits> keys;
        for (int i = 0; i < 300; ++i)
            keys.push_back({rng(), rng()});
        UuidIndex index;
        std::unordered_map<UuidBits, uint32_t, UuidBitsHash> model;
        for (int step = 0; step < 200000; ++step) {
            const UuidBits &k = keys[rng() % keys.size()];
            const uint32_t slot = uint32_t(rng() % 1000);
            switch (rng() % 3) {
            case 0:
                index.insert(k, slot);
                model.emplace(k, slot);
                break;
            case 1: {
                auto it = model.find(k);
                const uint32_t mapped = it == model.end() ? slot : it->second;
                const uint32_t which = rng() % 2 ? mapped : slot; // sometimes the wrong slot: kept
                index.eraseIf(k, which);
                if (it != model.end() && it->second == which)
                    model.erase(it);
                break;
            }
            default: {
                auto it = model.find(k);
                QCOMPARE(index.find(k), it == model.end() ? UuidIndex::npos : it->second);
            }
            }
            QCOMPARE(index.size(), model.size());
        }
        for (const UuidBits &k : keys) {
            auto it = model.find(k);
            QCOMPARE(index.find(k), it == model.end() ? UuidIndex::npos : it->second);
        }
        index.clear();
        QCOMPARE(index.find(keys[0]), UuidIndex::npos);
    }
};

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
