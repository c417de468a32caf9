// SPDX-License-Identifier: GPL-3.0-or-later
#include "Export.h"

#include "ExportFolder.h"

#include "Blob.h"
#include "Cases.h"
#include "Error.h"
#include "Files.h"
#include "Interviews.h"
#include "Items.h"
#include "Json.h"
#include "Persons.h"
#include "Pipeline.h"
#include "Renderers.h"
#include "SigningCertificate.h"
#include "Storage.h"
#include "Time.h"
#include "Vault.h"
#include "crypto/Age.h"
#include "crypto/Encoding.h"
#include "crypto/Error.h"
#include "crypto/MerkleTree.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <map>
#include <set>

namespace custodia::vault::exports {

namespace {

constexpr std::size_t kMaxNameChars = 48;
constexpr std::size_t kMaxTimestampReply = 1 << 20;
constexpr std::size_t kMaxManifest = 64 << 20;

// A file name from a user's original name: letters, digits, '.', '-', '_'
// only (no path, no newline that would break SHA256SUMS), short.
std::string safeName(const std::string& name) {
    std::string out;
    for (const unsigned char ch : name) {
        const bool ok = std::isalnum(ch) != 0 || ch == '.' || ch == '-' || ch == '_';
        if (ok && ch < 0x80) {
            out += static_cast<char>(ch);
        } else if (!out.empty() && out.back() != '_') {
            out += '_';
        }
    }
    while (!out.empty() && (out.front() == '.' || out.front() == '_')) {
        out.erase(out.begin());
    }
    if (out.size() > kMaxNameChars) {
        const auto dot = out.rfind('.');
        const std::string ext = dot != std::string::npos && out.size() - dot <= 6 ? out.substr(dot) : "";
        out = out.substr(0, kMaxNameChars - ext.size()) + ext;
    }
    return out;
}

std::string extensionFor(const Item& item) {
    static const std::map<std::string, std::string> byMime = {
        {"image/jpeg", ".jpg"}, {"image/png", ".png"},       {"image/heic", ".heic"}, {"image/webp", ".webp"},
        {"video/mp4", ".mp4"},  {"video/quicktime", ".mov"}, {"video/webm", ".webm"}, {"audio/mpeg", ".mp3"},
        {"audio/ogg", ".ogg"},  {"application/pdf", ".pdf"}, {"text/plain", ".txt"},  {"audio/mp4", ".m4a"}};
    const auto it = byMime.find(item.mime.value_or(""));
    return it != byMime.end() ? it->second : ".bin";
}

// reperti/03-1a2b3c4d-IMG_2041.jpg
std::string evidencePath(const Item& item, std::size_t index, bool ageFile) {
    char number[16];
    std::snprintf(number, sizeof number, "%02zu", index);
    std::string name = item.originalName ? safeName(*item.originalName) : "";
    if (name.empty() || name.find('.') == std::string::npos) {
        name += (name.empty() ? item.kind : "") + extensionFor(item);
    }
    return std::string("reperti/") + number + "-" + item.id.substr(0, 8) + "-" + name + (ageFile ? ".age" : "");
}

// Progress of one item inside the progress of the whole export.
class OffsetProgress final : public Progress {
public:
    OffsetProgress(Progress* outer, std::uint64_t offset, std::uint64_t total)
        : outer_(outer), offset_(offset), total_(total) {}
    void update(std::uint64_t done, std::uint64_t /*total*/) override {
        if (outer_ != nullptr) {
            outer_->update(offset_ + done, total_);
        }
    }
    [[nodiscard]] bool cancelled() const override { return outer_ != nullptr && outer_->cancelled(); }

private:
    Progress* outer_;
    std::uint64_t offset_;
    std::uint64_t total_;
};

std::string displayNameOf(const Vault& v, const std::string& userId) {
    const UserInfo* u = v.header().findUser(userId);
    return u != nullptr ? u->displayName : userId;
}

nlohmann::json officerJson(const Officer& o) {
    return {{"name", o.name}, {"rank", o.rank}, {"badge", o.badge}, {"office", o.office}};
}

nlohmann::json userJson(const Vault& v, const std::string& userId) {
    const UserInfo* u = v.header().findUser(userId);
    if (u == nullptr) {
        return {{"id", userId}};
    }
    return {{"id", u->id},
            {"name", u->displayName},
            {"role", std::string(roleName(u->role))},
            {"public_key", crypto::toHex(u->publicKey)}};
}

// A log entry as the export carries it: the exact bytes its hash covers,
// the hash, the signature and, when given, its inclusion proof.
nlohmann::json entryJson(const LogEntry& e, const crypto::merkle::Tree* tree) {
    nlohmann::json j = {{"seq", e.seq},
                        {"canonical", canonicalEntry(e)},
                        {"entry_hash", crypto::toHex(e.entryHash)},
                        {"signature", crypto::toHex(e.signature)}};
    if (tree != nullptr) {
        nlohmann::json proof = nlohmann::json::array();
        for (const auto& d : tree->inclusionProof(static_cast<std::uint64_t>(e.seq - 1))) {
            proof.push_back(crypto::toHex(d));
        }
        j["leaf_index"] = e.seq - 1;
        j["inclusion_proof"] = proof;
    }
    return j;
}

nlohmann::json signedTreeHeadJson(const TreeHead& th, const Vault& v) {
    nlohmann::json j = th.toJson();
    j["vault_id"] = v.header().vaultId;
    j["signed_message"] = treeHeadMessage(th, v.header().vaultId);
    return j;
}

struct PreviousExport {
    std::string id;
    TreeHead head;
};

std::optional<PreviousExport> previousExport(Vault& v) {
    auto st = v.db().prepare("SELECT id, tree_head FROM exports ORDER BY handover_seq DESC LIMIT 1");
    if (!st.step()) {
        return std::nullopt;
    }
    const auto th = TreeHead::fromJson(json::parseOr(st.textAt(1), nullptr));
    if (!th) {
        throw Error(Error::Code::Integrity, "the tree head kept for export " + st.textAt(0) + " is damaged",
                    "run 'custodia log verify' and keep the vault as it is");
    }
    return PreviousExport{st.textAt(0), *th};
}

// The lines of a readme that say which export it is, in the readme's language.
std::string whichExport(const nlohmann::json& m, const std::string& school, const std::string& kase,
                        const std::string& of) {
    return school + ": " + m["school"].get<std::string>() + "\n" + kase + ": " +
           std::to_string(m["case"]["id"].get<std::int64_t>()) + " — " + m["case"]["title"].get<std::string>() +
           "\nExport: " + m["export_id"].get<std::string>() + " " + of + " " + m["created_at"].get<std::string>() +
           " (UTC)\n\n";
}

std::string readmeItalian(const nlohmann::json& m, bool cms, bool plaintext) {
    const bool previous = !m["previous_export"].is_null();
    std::string t;
    t += "EXPORT PER LE FORZE DI POLIZIA / AUTORITÀ GIUDIZIARIA — Custodia\n";
    t += "================================================================\n\n";
    t += whichExport(m, "Scuola", "Caso", "del");
    t += "Contenuto\n---------\n";
    t += "reperti/            i file di prova del caso, " +
         std::string(plaintext ? "nei loro byte originali"
                               : "ciascuno cifrato con age (per il destinatario o la passphrase indicati)") +
         "\n";
    t += "metadati/           per ogni reperto i campi dell'Allegato 1 bis, l'acquisizione e lo SHA-256;\n"
         "                    il caso, le persone e i colloqui con le memorie scritte\n";
    t += "documenti/          Segnalazione (artt. 331-332 c.p.p.) precompilata e memorie dei colloqui (PDF)\n";
    t +=
        "registro/           voci del registro di custodia del caso con prove di inclusione (RFC 6962),\n"
        "                    testa d'albero firmata (Ed25519), chiavi pubbliche degli utenti" +
        std::string(previous ? ",\n                    prova di coerenza dall'export precedente (coerenza.json)" : "") +
        ";\n                    consegna.json: la voce di registro della consegna\n";
    t += "manifest.json       elenco dei file qui sopra (percorso, dimensione, SHA-256), firmato\n";
    if (cms) {
        t += "manifest.json.p7s   firma CMS del manifest con il certificato X.509 della scuola\n";
    }
    t += "manifest.json.ed25519.sig / .pem   firma Ed25519 del manifest di chi ha esportato, e la sua chiave\n";
    t += "manifest.json.tsq   richiesta di marca temporale RFC 3161 (manifest.json.tsr: la risposta, se allegata)\n";
    t += "SHA256SUMS          impronte di tutti i file (anche verbale e consegna.json), per sha256sum -c;\n"
         "                    SHA256SUMS.ed25519.sig: la sua firma Ed25519\n";
    t += "verbale-di-consegna.pdf  verbale da stampare e firmare alla consegna\n";
    t += "VERIFICA.md         la guida completa alla verifica (italiano, e in inglese in fondo)\n\n";
    t += "Verifica con strumenti standard (passo per passo: VERIFICA.md in questa cartella)\n"
         "-------------------------------------------------------------------------------\n";
    t += "1. Il manifest è quello consegnato: sha256sum manifest.json  deve dare lo SHA-256 stampato (anche\n"
         "   come codice QR) sul verbale di consegna firmato.\n";
    int n = 2;
    if (cms) {
        t += std::to_string(n++) +
             ". Firma della scuola: openssl cms -verify -binary -inform DER -in manifest.json.p7s \\\n"
             "     -content manifest.json -CAfile CA-DELLA-SCUOLA.pem -out /dev/null\n";
    }
    t += std::to_string(n++) +
         ". Firma di chi ha esportato: openssl pkeyutl -verify -pubin -inkey manifest.json.ed25519.pem \\\n"
         "     -rawin -in manifest.json -sigfile manifest.json.ed25519.sig\n"
         "   (e lo stesso con -in SHA256SUMS -sigfile SHA256SUMS.ed25519.sig)\n";
    t += std::to_string(n++) +
         ". Ogni file come nel manifest firmato (jq è facoltativo):\n"
         "     jq -r '.files[] | \"\\(.sha256)  \\(.path)\"' manifest.json | sha256sum -c\n"
         "   e tutti i file, compresi verbale e consegna.json:  sha256sum -c SHA256SUMS\n";
    t += std::to_string(n++) +
         ". Marca temporale, se allegata: openssl ts -verify -in manifest.json.tsr -data manifest.json \\\n"
         "     -CAfile CA-DEL-TSA.pem\n";
    t +=
        std::to_string(n++) +
        ". Tutto insieme, offline, compreso il registro di custodia:\n"
        "     custodia verify-export CARTELLA --manifest-sha256 SHA-256-DEL-VERBALE [--ca CA.pem] [--tsa-ca TSA.pem]\n";
    if (!plaintext) {
        t += "\nI reperti sono file age: age -d -i CHIAVE.txt -o FILE FILE.age  (oppure age -d -o FILE FILE.age con\n"
             "la passphrase); lo SHA-256 del contenuto decifrato è quello nei metadati (\"sha256\").\n";
    }
    return t;
}

std::string readmeEnglish(const nlohmann::json& m, bool cms, bool plaintext) {
    const bool previous = !m["previous_export"].is_null();
    std::string t;
    t += "EXPORT FOR THE POLICE / JUDICIAL AUTHORITY — Custodia\n";
    t += "=====================================================\n\n";
    t += whichExport(m, "School", "Case", "of");
    t += "reperti/ holds the evidence files " +
         std::string(plaintext ? "in their original bytes" : "as age files (for the given recipient or passphrase)") +
         "; metadati/ the metadata (Allegato 1 bis fields, SHA-256), the case, persons and interview memos;\n"
         "documenti/ the prefilled report (Segnalazione) and memos as PDF; registro/ the custody log entries of\n"
         "the case with RFC 6962 inclusion proofs, the signed tree head" +
         std::string(previous ? ", a consistency proof from the previous export" : "") +
         " and the users' public keys;\nregistro/consegna.json the handover entry.\n\n";
    t += "Verify with standard tools (step by step: VERIFICA.md in this folder, English section):\n";
    t += "  sha256sum manifest.json     # must equal the SHA-256 (and QR code) on the signed paper verbale\n";
    if (cms) {
        t += "  openssl cms -verify -binary -inform DER -in manifest.json.p7s -content manifest.json \\\n"
             "      -CAfile SCHOOL-CA.pem -out /dev/null\n";
    }
    t += "  openssl pkeyutl -verify -pubin -inkey manifest.json.ed25519.pem -rawin -in manifest.json \\\n"
         "      -sigfile manifest.json.ed25519.sig        # and -in SHA256SUMS -sigfile SHA256SUMS.ed25519.sig\n";
    t += "  jq -r '.files[] | \"\\(.sha256)  \\(.path)\"' manifest.json | sha256sum -c     # jq is optional\n";
    t += "  sha256sum -c SHA256SUMS\n";
    t += "  openssl ts -verify -in manifest.json.tsr -data manifest.json -CAfile TSA-CA.pem   # if attached\n";
    t += "  custodia verify-export DIR --manifest-sha256 HASH-FROM-VERBALE [--ca CA.pem] [--tsa-ca TSA.pem]\n";
    if (!plaintext) {
        t += "Evidence files are age files: age -d -i KEY.txt -o FILE FILE.age (or age -d -o FILE FILE.age).\n";
    }
    return t;
}

}  // namespace

PoliceExportResult exportForPolice(Vault& v, PoliceExportOptions o, Progress* progress) {
    v.requireRole({Role::Dirigente, Role::Referente}, "export a case for the police");
    const Case c = cases::get(v, o.caseId);
    o.to = std::filesystem::absolute(o.to).lexically_normal();
    if (o.to.filename().empty()) {
        o.to = o.to.parent_path();
    }
    checkDestination(v, o.to, o.zip);
    if (o.recipient && o.passphrase) {
        throw Error(Error::Code::InvalidInput, "give either a recipient or a passphrase, not both");
    }
    std::unique_ptr<crypto::age::Recipient> recipient;
    std::string protection = "none";
    if (o.recipient) {
        try {
            recipient =
                std::make_unique<crypto::age::X25519Recipient>(crypto::age::X25519Recipient::parse(*o.recipient));
        } catch (const crypto::Error&) {
            throw Error(Error::Code::InvalidInput, "'" + *o.recipient + "' is not an age recipient",
                        "an age recipient starts with age1 (the examiner's `age-keygen -y` prints it)");
        }
        protection = "age-recipient";
    } else if (o.passphrase) {
        if (o.passphrase->empty()) {
            throw Error(Error::Code::InvalidInput, "the passphrase for the export is empty");
        }
        recipient = std::make_unique<crypto::age::ScryptRecipient>(crypto::SecureBuffer::copyOf(o.passphrase->span()),
                                                                   o.kdfWorkFactor);
        protection = "age-passphrase";
    }
    const bool plaintext = recipient == nullptr;

    const auto persons = persons::list(v, c.id);
    const auto interviews = interviews::list(v, c.id);
    const auto items = items::list(v, c.id);
    const std::string now = time::formatUtc(v.clock().now());
    std::array<std::uint8_t, 8> rnd{};
    crypto::randomBytes(rnd);
    const std::string exportId = crypto::toHex(rnd);

    PoliceExportResult result;
    result.exportId = exportId;
    result.dir = o.to;
    result.plaintext = plaintext;
    result.deadlineStatus = cases::deadlineStatus(c, v.clock().now());
    if (o.medium.empty()) {
        const auto medium = storage::mediumOf(o.to.parent_path());
        o.medium = "cartella " + o.to.string() +
                   (medium.device.empty() ? ""
                    : medium.removable    ? " su supporto rimovibile"
                                          : " su disco interno");
    }

    for (auto& w : staleExportWarnings(o.to.parent_path()))
        result.warnings.push_back(std::move(w));
    const auto tmp = makeStagingDir(o.to, exportId);
    try {
        ExportDir out(tmp);

        // 1. The evidence, each checked against its acquisition hash as it
        // is decrypted (readAndCheck).
        std::uint64_t total = 0;
        for (const auto& item : items) {
            total += item.hasBlob() ? static_cast<std::uint64_t>(item.size.value_or(0)) : 0;
        }
        std::uint64_t done = 0;
        std::map<std::string, std::string> fileOfItem;
        std::size_t index = 0;
        // Numbered like every list of the export (the Segnalazione's
        // attachments): physical items take their number without a file.
        for (const auto& item : items) {
            ++index;
            if (!item.hasBlob()) {
                ++result.physicalItems;
                continue;
            }
            const std::string rel = evidencePath(item, index, !plaintext);
            files::UniqueFd fd = out.create(rel);
            // Decrypting and checking here, writing on another thread (the
            // plaintext's SHA-256 is computed once, by the check; an age file
            // is hashed as it is written).
            pipeline::FileWriter writer(fd.get(), o.to / rel, !plaintext);  // errors name the final path
            OffsetProgress itemProgress(progress, done, total);
            ReadResult r;
            try {
                if (plaintext) {
                    r = readAndCheck(v, item, &writer, &itemProgress);
                } else {
                    const crypto::age::Recipient* rs[] = {recipient.get()};
                    crypto::age::Encryptor enc(writer, rs);
                    r = readAndCheck(v, item, &enc, &itemProgress);
                    enc.finish();
                }
                writer.finish();
            } catch (const crypto::Error& e) {  // from the age encryptor: the destination failed
                throw files::ioError(e.sysErrno() != 0 ? e.sysErrno() : EIO, "write", o.to / rel);
            }
            if (::close(fd.release()) != 0) {
                throw files::ioError(errno, "write", o.to / rel);
            }
            done += r.bytes;
            result.evidenceBytes += r.bytes;
            ++result.evidenceFiles;
            FileEntry& f =
                out.add({rel, writer.size(), plaintext ? r.sha256 : writer.sha256Hex(), "evidence", item.id});
            fileOfItem[item.id] = f.path;
        }

        // 2. The custody log of the case, proven against a head signed now.
        const TreeHead head = v.signTreeHead();
        const crypto::merkle::Tree tree(v.log().leafHashes(static_cast<std::int64_t>(head.treeSize)));
        if (tree.root() != head.rootHash) {
            throw Error(Error::Code::Integrity, "the custody log does not match its signed tree head",
                        "run 'custodia log verify' and keep the vault as it is");
        }
        std::vector<LogEntry> entries = v.log().entries(c.id);
        std::map<std::string, const LogEntry*> ingestOf;
        nlohmann::json logJson = nlohmann::json::array();
        for (const auto& e : entries) {
            logJson.push_back(entryJson(e, &tree));
            if (e.action == "item.ingest" && e.itemId) {
                ingestOf[*e.itemId] = &e;
            }
        }
        // The last entry under the head, to which the handover entry chains.
        const auto tail = v.log().entry(static_cast<std::int64_t>(head.treeSize));
        if (tail && (entries.empty() || entries.back().seq != tail->seq)) {
            logJson.push_back(entryJson(*tail, &tree));
        }
        const nlohmann::json headJson = signedTreeHeadJson(head, v);
        out.write("registro/registro.json",
                  nlohmann::json{{"vault_id", v.header().vaultId},
                                 {"case", c.id},
                                 {"tree_size", head.treeSize},
                                 {"root_hash", crypto::toHex(head.rootHash)},
                                 {"entries", logJson}}
                          .dump(1) +
                      "\n",
                  "custody");
        out.write("registro/testa-albero.json", headJson.dump(1) + "\n", "custody");
        const auto previous = previousExport(v);
        nlohmann::json previousJson = nullptr;
        if (previous && previous->head.treeSize > 0) {
            const auto leaves = tree.leaves();
            if (previous->head.treeSize > head.treeSize ||
                crypto::merkle::root(std::span(leaves).first(previous->head.treeSize)) != previous->head.rootHash) {
                throw Error(Error::Code::Integrity,
                            "the custody log no longer contains the log of export " + previous->id +
                                " as it was: it was rewritten",
                            "run 'custodia log verify' and keep the vault as it is for an examiner");
            }
            nlohmann::json proof = nlohmann::json::array();
            for (const auto& d : crypto::merkle::consistencyProof(leaves, previous->head.treeSize)) {
                proof.push_back(crypto::toHex(d));
            }
            out.write("registro/coerenza.json",
                      nlohmann::json{{"previous_export", previous->id},
                                     {"previous_tree_head", signedTreeHeadJson(previous->head, v)},
                                     {"old_size", previous->head.treeSize},
                                     {"old_root", crypto::toHex(previous->head.rootHash)},
                                     {"new_size", head.treeSize},
                                     {"new_root", crypto::toHex(head.rootHash)},
                                     {"proof", proof}}
                              .dump(1) +
                          "\n",
                      "custody");
            previousJson = {{"export_id", previous->id}, {"tree_size", previous->head.treeSize}};
            result.previousExport = previous->id;
        }
        out.write("registro/custodia.json", files::readFile(v.dir() / "custodia.json", 1 << 20), "custody");
        for (const auto& u : v.header().users) {
            out.write("registro/chiavi/" + u.id + ".pem", crypto::ed25519PublicKeyPem(u.publicKey), "custody");
        }

        // 3. Metadata: every Allegato 1 bis field of every item, the case,
        // its people and the interview memos (R1).
        nlohmann::json itemsJson = nlohmann::json::array();
        for (const auto& item : items) {
            nlohmann::json j = item.toJson();
            j["acquired_by_name"] = displayNameOf(v, item.acquiredBy);
            j["export_file"] = fileOfItem.count(item.id) != 0 ? nlohmann::json(fileOfItem[item.id]) : nullptr;
            j["export_protection"] = item.hasBlob() ? protection : "not-a-file";
            if (const auto it = ingestOf.find(item.id); it != ingestOf.end()) {
                j["acquisition_entry"] = {{"seq", it->second->seq},
                                          {"entry_hash", crypto::toHex(it->second->entryHash)}};
            }
            out.write("metadati/reperti/" + item.id + ".json", j.dump(1) + "\n", "metadata").item = item.id;
            itemsJson.push_back(std::move(j));
        }
        nlohmann::json caseJson = c.toJson();
        caseJson["deadline_status"] = result.deadlineStatus;
        nlohmann::json personsJson = nlohmann::json::array();
        for (const auto& p : persons) {
            personsJson.push_back(p.toJson());
        }
        nlohmann::json interviewsJson = nlohmann::json::array();
        for (const auto& i : interviews) {
            nlohmann::json j = i.toJson();
            j["items"] = interviews::itemIds(v, i.id);
            interviewsJson.push_back(std::move(j));
        }
        out.write("metadati/caso.json", caseJson.dump(1) + "\n", "metadata");
        out.write("metadati/persone.json", personsJson.dump(1) + "\n", "metadata");
        out.write("metadati/colloqui.json", interviewsJson.dump(1) + "\n", "metadata");

        // 4. The documents for people (Italian).
        const nlohmann::json exporter = userJson(v, v.actor().id);
        const nlohmann::json docContext = {
            {"school", v.header().school}, {"vault_id", v.header().vaultId}, {"export_id", exportId},
            {"created_at", now},           {"exporter", exporter},           {"case", caseJson},
            {"persons", personsJson},      {"interviews", interviewsJson},   {"items", itemsJson}};
        auto renderTo = [&](const std::string& document, const std::string& rel, const nlohmann::json& content) {
            const auto pdf = renderers::render(document, content);
            if (!pdf) {
                throw Error(Error::Code::InvalidInput, "this program cannot draw PDF documents (" + document + ")",
                            "use the custodia command or the desktop app, which can");
            }
            out.write(rel, *pdf, "document");
        };
        renderTo("segnalazione", "documenti/segnalazione.pdf", docContext);
        if (!interviews.empty()) {
            renderTo("memorie-colloqui", "documenti/memorie-colloqui.pdf", docContext);
        }

        // 5. The manifest, its signatures and the time-stamp request.
        std::optional<crypto::x509::SigningIdentity> identity = signing::identity(v);
        result.cms = identity.has_value();
        nlohmann::json manifest = {
            {"format", kFormat},
            {"export_id", exportId},
            {"created_at", now},
            {"school", v.header().school},
            {"vault_id", v.header().vaultId},
            {"exporter", exporter},
            {"case", {{"id", c.id}, {"title", c.title}, {"protocol", json::opt(c.protocol)}}},
            {"evidence_protection", protection},
            {"tree_head", {{"tree_size", head.treeSize}, {"root_hash", crypto::toHex(head.rootHash)}}},
            {"previous_export", previousJson},
            {"signature", result.cms ? "cms+ed25519" : "ed25519"}};
        out.write("LEGGIMI.txt", readmeItalian(manifest, result.cms, plaintext), "readme");
        out.write("README.txt", readmeEnglish(manifest, result.cms, plaintext), "readme");
        out.write(kVerifyGuide, std::string(kVerifyGuideText), "readme");
        nlohmann::json filesJson = nlohmann::json::array();
        std::vector<FileEntry> sorted = out.files();
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
        for (const auto& f : sorted) {
            nlohmann::json j = {{"path", f.path}, {"size", f.size}, {"sha256", f.sha256}, {"role", f.role}};
            if (f.item) {
                j["item"] = *f.item;
            }
            filesJson.push_back(std::move(j));
        }
        manifest["files"] = filesJson;
        const std::string manifestText = manifest.dump(1) + "\n";
        const crypto::Digest manifestDigest = crypto::Sha256::of(manifestText);
        result.manifestSha256 = crypto::toHex(manifestDigest);
        out.write(kManifest, manifestText, "manifest");
        const auto sig = v.sign(crypto::asBytes(manifestText));
        out.write(kEd25519Signature, sig, "signature");
        out.write(kEd25519Key, crypto::ed25519PublicKeyPem(v.actor().publicKey), "signature");
        if (identity) {
            result.certificate = crypto::x509::describeCertificate(identity->certificatesPem);
            if (!result.certificate->notAfter.empty() && result.certificate->notAfter < now) {
                result.warnings.push_back("the school's certificate expired on " + result.certificate->notAfter +
                                          ": its signature will not verify as current; a dirigente should configure "
                                          "the new one (custodia config signing-cert)");
            }
            out.write(kCmsSignature, crypto::x509::signDetached(*identity, crypto::asBytes(manifestText)), "signature");
        }
        out.write(kTimestampRequest, crypto::x509::makeTimestampRequest(manifestDigest), "timestamp");

        // Last moment to cancel (Ctrl-C): nothing is recorded yet.
        if (progress != nullptr && progress->cancelled()) {
            throw Error(Error::Code::Cancelled, "the export was cancelled; nothing was written or recorded");
        }
        // 6. The handover, a custody event, and the verbale that prints it.
        // The entry's hash is known before its transaction commits; the
        // commit comes last, after the folder appeared under its name, so
        // the log never records a handover of a folder that is not there.
        Transaction tx(v.db());
        const LogEntry handover = v.record({"export.police",
                                            c.id,
                                            std::nullopt,
                                            {{"export_id", exportId},
                                             {"manifest_sha256", result.manifestSha256},
                                             {"destination", o.to.string()},
                                             {"medium", o.medium},
                                             {"officer", officerJson(o.officer)},
                                             {"evidence_files", result.evidenceFiles},
                                             {"evidence_bytes", result.evidenceBytes},
                                             {"evidence_protection", protection},
                                             {"plaintext_written", plaintext},
                                             {"signature", result.cms ? "cms+ed25519" : "ed25519"},
                                             {"tree_size", head.treeSize},
                                             {"root_hash", crypto::toHex(head.rootHash)},
                                             {"previous_export", previousJson}}});
        v.db()
            .prepare(
                "INSERT INTO exports (id, case_id, created_at, created_by, destination, manifest_sha256, tree_head, "
                "handover_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
            .bind(1, exportId)
            .bind(2, c.id)
            .bind(3, now)
            .bind(4, v.actor().id)
            .bind(5, o.to.string())
            .bind(6, result.manifestSha256)
            .bind(7, head.toJson().dump())
            .bind(8, handover.seq)
            .run();
        result.handoverSeq = handover.seq;
        result.handoverHash = crypto::toHex(handover.entryHash);
        result.treeSize = head.treeSize;
        out.write(kHandover, entryJson(handover, nullptr).dump(1) + "\n", "handover");

        nlohmann::json filesForVerbale = nlohmann::json::array();
        std::vector<FileEntry> all = out.files();
        std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
        for (const auto& f : all) {
            filesForVerbale.push_back({{"path", f.path}, {"size", f.size}, {"sha256", f.sha256}});
        }
        nlohmann::json verbale = docContext;
        verbale["files"] = filesForVerbale;
        verbale["manifest_sha256"] = result.manifestSha256;
        verbale["signature"] = result.cms ? "cms+ed25519" : "ed25519";
        verbale["certificate_subject"] = result.certificate ? nlohmann::json(result.certificate->subject) : nullptr;
        verbale["officer"] = officerJson(o.officer);
        verbale["medium"] = o.medium;
        verbale["destination"] = o.to.string();
        verbale["protection"] = protection;
        verbale["handover"] = {{"seq", result.handoverSeq}, {"entry_hash", result.handoverHash}, {"time", now}};
        verbale["tree_head"] = headJson;
        renderTo("verbale-consegna", kVerbale, verbale);

        // 7. SHA256SUMS over everything, signed too (it also covers what
        // the manifest cannot: the verbale, the handover entry, the request).
        const std::string sums = sumsText(out.files());
        out.write(kSums, sums, "sums");
        out.write(kSumsSignature, v.sign(crypto::asBytes(sums)), "signature");
        result.files = static_cast<std::int64_t>(out.files().size()) - 2;
        out.syncDirs();
        publish(tmp, o.to, [&tx] { tx.commit(); });
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove_all(tmp, ec);
        throw;
    }
    if (o.zip) {
        // The export is complete and recorded: a zip that fails is a warning.
        result.zip = zipExport(o.to, result.warnings);
        try {
            if (result.zip)
                result.zipSha256 = hashFile(*result.zip).first;
        } catch (const Error& e) {
            result.warnings.push_back(std::string("the zip was made but cannot be read back: ") + e.what());
        }
    }
    return result;
}

crypto::x509::TimestampCheck attachTimestamp(const std::filesystem::path& dir, const std::filesystem::path& tsr,
                                             const std::optional<std::filesystem::path>& tsaCa) {
    if (!std::filesystem::is_regular_file(dir / kManifest) ||
        !std::filesystem::is_regular_file(dir / kTimestampRequest)) {
        throw Error(Error::Code::NotFound, "'" + dir.string() + "' is not a Custodia export (no manifest.json.tsq)",
                    "give the folder that custodia export police wrote");
    }
    const auto reply = files::readFile(tsr, kMaxTimestampReply);
    const auto request = files::readFile(dir / kTimestampRequest, kMaxTimestampReply);
    const auto manifest = files::readFile(dir / kManifest, kMaxManifest);
    crypto::x509::TimestampCheck check =
        crypto::x509::verifyTimestamp(reply, request, crypto::Sha256::of(manifest), tsaCa);
    if (!check.granted || !check.matchesRequest || !check.signatureValid || (check.chainChecked && !check.chainValid)) {
        throw Error(Error::Code::Integrity, "the time-stamp reply does not fit this export: " + check.error,
                    "check that the .tsr answers this export's manifest.json.tsq");
    }
    const auto target = dir / kTimestampReply;
    std::error_code ec;
    if (std::filesystem::exists(target, ec)) {
        throw Error(Error::Code::AlreadyExists, "the export already has a time stamp ('" + target.string() + "')",
                    "nothing to do");
    }
    files::writeFileAtomic(target, std::span<const std::uint8_t>(reply));
    return check;
}

}  // namespace custodia::vault::exports
