// SPDX-License-Identifier: GPL-3.0-or-later
#include "Certificates.h"

#include "Error.h"
#include "Files.h"
#include "Renderers.h"
#include "Retention.h"
#include "Time.h"
#include "Vault.h"
#include "crypto/Encoding.h"
#include "crypto/Sha256.h"

namespace custodia::vault {

namespace {

// The PDF, or nothing: a renderer that fails must not stop a destruction
// (the JSON is the record; the PDF is drawn again when exported).
std::vector<std::uint8_t> render(const nlohmann::json& content) {
    try {
        return renderers::render("destruction-certificate", content).value_or(std::vector<std::uint8_t>());
    } catch (const std::exception&) {
        return {};
    }
}

Certificate readCertificate(const Statement& st) {
    Certificate c;
    c.id = st.int64At(0);
    c.createdAt = st.textAt(1);
    c.createdBy = st.textAt(2);
    c.how = st.textAt(3);
    c.content = nlohmann::json::parse(st.textAt(4), nullptr, false);
    c.jsonSha256 = st.textAt(5);
    c.hasPdf = st.int64At(6) != 0;
    return c;
}

constexpr std::string_view kSelect =
    "SELECT id, created_at, created_by, how, json, json_sha256, pdf IS NOT NULL FROM certificates";

}  // namespace

namespace certificates {

std::int64_t create(Vault& v, const std::vector<Tombstone>& destroyed) {
    // The head is signed after the destruction entries, so it commits to them.
    const TreeHead head = v.signTreeHead();
    const UserInfo& actor = v.actor();
    const std::string now = time::formatUtc(v.clock().now());
    std::int64_t id = 0;
    {
        auto st = v.db().prepare("SELECT coalesce(max(id), 0) + 1 FROM certificates");
        (void)st.step();
        id = st.int64At(0);
    }
    std::string how = destroyed.empty() ? "automatic" : destroyed.front().how;
    nlohmann::json itemsJson = nlohmann::json::array();
    for (Tombstone t : destroyed) {
        if (t.how != how) {
            how = "mixed";
        }
        t.certificateId = id;
        itemsJson.push_back(t.toJson());
    }
    const nlohmann::json content = {
        {"type", "custodia.destruction_certificate.v1"},
        {"certificate", id},
        {"school", v.header().school},
        {"vault_id", v.header().vaultId},
        {"created_at", now},
        {"created_by", {{"id", actor.id}, {"name", actor.displayName}, {"role", roleName(actor.role)}}},
        {"how", how},
        {"retention_months", retention::months(v)},
        {"items", itemsJson},
        {"tree_head", head.toJson()},
    };
    const std::string text = content.dump();
    const std::string sha = crypto::toHex(crypto::Sha256::of(text));
    const std::vector<std::uint8_t> pdf = render(content);
    Transaction tx(v.db());
    auto ins = v.db().prepare(
        "INSERT INTO certificates (id, created_at, created_by, how, json, json_sha256, pdf) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    ins.bind(1, id).bind(2, now).bind(3, actor.id).bind(4, how).bind(5, text).bind(6, sha);
    pdf.empty() ? ins.bindNull(7) : ins.bindBlob(7, pdf);
    ins.run();
    auto link = v.db().prepare("UPDATE tombstones SET certificate_id = ?2 WHERE item_id = ?1");
    for (const Tombstone& t : destroyed) {
        link.bind(1, t.itemId).bind(2, id).run();
        link.reset();
    }
    v.record({"certificate.create",
              std::nullopt,
              std::nullopt,
              {{"certificate", id},
               {"items", destroyed.size()},
               {"json_sha256", sha},
               {"tree_size", head.treeSize},
               {"root_hash", crypto::toHex(head.rootHash)}}});
    tx.commit();
    return id;
}

std::vector<Certificate> list(Vault& v) {
    std::vector<Certificate> out;
    auto st = v.db().prepare(std::string(kSelect) + " ORDER BY id");
    while (st.step()) {
        out.push_back(readCertificate(st));
    }
    return out;
}

Certificate get(Vault& v, std::int64_t id) {
    auto st = v.db().prepare(std::string(kSelect) + " WHERE id = ?1");
    st.bind(1, id);
    if (!st.step()) {
        throw Error(Error::Code::NotFound, "there is no destruction certificate " + std::to_string(id),
                    "list them with 'custodia certificate list'");
    }
    return readCertificate(st);
}

void exportTo(Vault& v, std::int64_t id, const std::filesystem::path& pdfPath,
              const std::optional<std::filesystem::path>& jsonPath) {
    const Certificate c = get(v, id);
    std::vector<std::uint8_t> pdf;
    {
        auto st = v.db().prepare("SELECT pdf FROM certificates WHERE id = ?1");
        st.bind(1, id);
        if (st.step() && !st.isNull(0)) {
            pdf = st.blobAt(0);
        }
    }
    if (pdf.empty()) {
        pdf = render(c.content);
        if (pdf.empty()) {
            throw Error(Error::Code::InvalidInput, "this program cannot draw PDF certificates",
                        "use the custodia command line or the desktop app");
        }
        Transaction tx(v.db());
        v.db().prepare("UPDATE certificates SET pdf = ?2 WHERE id = ?1").bind(1, id).bindBlob(2, pdf).run();
        tx.commit();
    }
    std::error_code ec;
    for (const auto& p : {std::optional(pdfPath), jsonPath}) {
        if (p && std::filesystem::exists(*p, ec)) {
            throw Error(Error::Code::AlreadyExists, "'" + p->string() + "' already exists",
                        "choose a new file name; Custodia does not overwrite files");
        }
    }
    files::writeFileAtomic(pdfPath, pdf);
    if (jsonPath) {
        files::writeFileAtomic(*jsonPath, c.content.dump(2) + "\n");
    }
    v.record({"certificate.export",
              std::nullopt,
              std::nullopt,
              {{"certificate", id}, {"pdf_sha256", crypto::toHex(crypto::Sha256::of(pdf))}}});
}

}  // namespace certificates

}  // namespace custodia::vault
