// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportVerify.h"

#include "Blob.h"
#include "CustodyLog.h"
#include "Error.h"
#include "Export.h"
#include "Files.h"
#include "VaultHeader.h"
#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "crypto/MerkleTree.h"
#include "crypto/Sha256.h"
#include "crypto/X509.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace custodia::vault::exports {

namespace {

constexpr std::size_t kMaxSmallFile = 64 << 20;

// Safe reads of JSON someone else wrote: a missing key, a value of another
// type or a non-object reads as null / empty, never as an exception.
const nlohmann::json& at(const nlohmann::json& j, const char* key) {
    static const nlohmann::json null;
    if (!j.is_object()) {
        return null;
    }
    const auto it = j.find(key);
    return it == j.end() ? null : *it;
}

std::string str(const nlohmann::json& j, const char* key, const std::string& fallback = {}) {
    const auto& v = at(j, key);
    return v.is_string() ? v.get<std::string>() : fallback;
}

std::optional<std::uint64_t> unsignedOf(const nlohmann::json& j, const char* key) {
    const auto& v = at(j, key);
    return v.is_number_unsigned() ? std::optional(v.get<std::uint64_t>()) : std::nullopt;
}

std::optional<std::int64_t> integerOf(const nlohmann::json& j, const char* key) {
    const auto& v = at(j, key);
    return v.is_number_integer() ? std::optional(v.get<std::int64_t>()) : std::nullopt;
}

const nlohmann::json& arrayOf(const nlohmann::json& j, const char* key) {
    static const nlohmann::json empty = nlohmann::json::array();
    const auto& v = at(j, key);
    return v.is_array() ? v : empty;
}

// A hex string of exactly N bytes (a digest, a signature).
template <std::size_t N>
std::optional<std::array<std::uint8_t, N>> fixedHex(const nlohmann::json& j) {
    if (!j.is_string()) {
        return std::nullopt;
    }
    const auto b = crypto::fromHex(j.get<std::string>());
    if (!b || b->size() != N) {
        return std::nullopt;
    }
    std::array<std::uint8_t, N> out{};
    std::copy(b->begin(), b->end(), out.begin());
    return out;
}

std::optional<crypto::Digest> digestOf(const nlohmann::json& j) {
    return fixedHex<32>(j);
}

std::optional<crypto::Ed25519Signature> signatureOf(const nlohmann::json& j) {
    return fixedHex<64>(j);
}

// A raw 64-byte Ed25519 signature file (as openssl pkeyutl writes and reads).
std::optional<crypto::Ed25519Signature> rawSignature(const std::vector<std::uint8_t>& bytes) {
    crypto::Ed25519Signature s{};
    if (bytes.size() != s.size()) {
        return std::nullopt;
    }
    std::copy(bytes.begin(), bytes.end(), s.begin());
    return s;
}

std::vector<crypto::Digest> proofOf(const nlohmann::json& j, bool& ok) {
    std::vector<crypto::Digest> out;
    ok = j.is_array();
    for (const auto& h : ok ? j : nlohmann::json::array()) {
        const auto d = digestOf(h);
        if (!d) {
            ok = false;
            return {};
        }
        out.push_back(*d);
    }
    return out;
}

// A log entry the export carries, checked on its own: its hash covers the
// canonical text, the actor signed the hash. Returns the parsed canonical
// object, or null with `why` set.
nlohmann::json checkEntry(const nlohmann::json& e, const VaultHeader& header, std::string& why) {
    if (!at(e, "canonical").is_string()) {
        why = "no canonical text";
        return nullptr;
    }
    const std::string canonical = str(e, "canonical");
    const auto hash = digestOf(at(e, "entry_hash"));
    const auto sig = signatureOf(at(e, "signature"));
    if (!hash || !sig) {
        why = "entry_hash or signature malformed";
        return nullptr;
    }
    if (crypto::Sha256::of(canonical) != *hash) {
        why = "entry_hash is not the SHA-256 of its canonical text (the entry was altered)";
        return nullptr;
    }
    const nlohmann::json c = nlohmann::json::parse(canonical, nullptr, false);
    if (!at(c, "actor").is_string() || !integerOf(c, "seq")) {
        why = "canonical text does not parse";
        return nullptr;
    }
    const UserInfo* actor = header.findUser(str(c, "actor"));
    if (actor == nullptr) {
        why = "actor '" + str(c, "actor") + "' is not a user of the vault";
        return nullptr;
    }
    if (!crypto::ed25519Verify(actor->publicKey, *hash, *sig)) {
        why = "the signature of " + actor->id + " does not verify";
        return nullptr;
    }
    return c;
}

class Verifier {
public:
    Verifier(std::filesystem::path dir, const VerifyOptions& options) : dir_(std::move(dir)), options_(options) {}

    VerifyReport run() {
        try {
            listFiles();
            if (!readManifest()) {
                checkSums();
                return finish();
            }
            checkAnchor();
            checkManifestFiles();
            checkSums();
            checkTimestamp();  // first: its time is when the school's certificate must have been valid
            checkSignatures();
            checkCustody();
        } catch (const std::exception& e) {
            // The checks read defensively; this is the last line for what
            // they did not foresee: still a report, never a crash.
            fail("export", std::string("could not be read to the end: ") + e.what());
        }
        return finish();
    }

private:
    void pass(const std::string& what, const std::string& detail = {}) {
        report_.checks.push_back({true, what, detail});
    }
    void fail(const std::string& what, const std::string& detail) { report_.checks.push_back({false, what, detail}); }
    void altered(const std::string& path) {
        if (std::find(report_.altered.begin(), report_.altered.end(), path) == report_.altered.end()) {
            report_.altered.push_back(path);
        }
    }
    void missing(const std::string& path) {
        if (std::find(report_.missing.begin(), report_.missing.end(), path) == report_.missing.end()) {
            report_.missing.push_back(path);
        }
    }

    void listFiles() {
        std::error_code ec;
        for (auto it = std::filesystem::recursive_directory_iterator(dir_, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
            const auto type = it->symlink_status(ec).type();
            const std::string rel = it->path().lexically_relative(dir_).generic_string();  // a link by its own name
            if (type == std::filesystem::file_type::regular) {
                present_.insert(rel);
            } else if (type != std::filesystem::file_type::directory) {
                // An export holds files and folders only.
                report_.extra.push_back(rel);
                fail("file " + rel, "not a regular file (a link, a device or a pipe)");
            }
        }
        if (ec) {
            fail("folder", "cannot be listed completely: " + ec.message());
        }
    }

    // The trust anchor: the manifest hash printed on the signed paper verbale.
    void checkAnchor() {
        if (!options_.manifestSha256) {
            return;
        }
        std::string want = *options_.manifestSha256;
        std::transform(want.begin(), want.end(), want.begin(), [](unsigned char ch) { return std::tolower(ch); });
        if (want == crypto::toHex(manifestDigest_)) {
            authenticated_ = true;
            pass("manifest SHA-256", "equals the one given (from the verbale di consegna)");
        } else {
            altered(kManifest);
            fail("manifest SHA-256", "is " + crypto::toHex(manifestDigest_) + ", not the " + want +
                                         " given: this is not the manifest that was handed over");
        }
    }

    // SHA-256 and size of a file of the export, computed once.
    std::optional<std::pair<std::string, std::uint64_t>> hashOf(const std::string& rel) {
        if (present_.count(rel) == 0) {
            return std::nullopt;
        }
        if (const auto it = hashes_.find(rel); it != hashes_.end()) {
            return it->second;
        }
        try {
            if (std::filesystem::is_symlink(dir_ / rel)) {
                return std::nullopt;  // an export holds files only
            }
            auto h = hashFile(dir_ / rel);
            hashes_[rel] = h;
            return h;
        } catch (const Error&) {
            return std::nullopt;
        }
    }

    std::optional<std::vector<std::uint8_t>> bytesOf(const std::string& rel) {
        if (present_.count(rel) == 0) {
            return std::nullopt;
        }
        try {
            return files::readFile(dir_ / rel, kMaxSmallFile);
        } catch (const Error&) {
            return std::nullopt;
        }
    }

    nlohmann::json jsonOf(const std::string& rel) {
        const auto b = bytesOf(rel);
        return b ? nlohmann::json::parse(b->begin(), b->end(), nullptr, false)
                 : nlohmann::json(nlohmann::json::value_t::discarded);
    }

    bool readManifest() {
        const auto bytes = bytesOf(kManifest);
        if (!bytes) {
            missing(kManifest);
            fail("manifest", "manifest.json is missing: nothing can be checked against it");
            return false;
        }
        manifestBytes_ = *bytes;
        manifest_ = nlohmann::json::parse(bytes->begin(), bytes->end(), nullptr, false);
        if (str(manifest_, "format") != kFormat || !at(manifest_, "files").is_array()) {
            altered(kManifest);
            fail("manifest", "manifest.json does not parse as a Custodia police export manifest");
            return false;
        }
        manifestDigest_ = crypto::Sha256::of(*bytes);
        pass("manifest", "export " + str(manifest_, "export_id", "?") + ", case " +
                             std::to_string(integerOf(at(manifest_, "case"), "id").value_or(0)) + ", SHA-256 " +
                             crypto::toHex(manifestDigest_));
        return true;
    }

    void checkManifestFiles() {
        std::size_t ok = 0;
        for (const auto& f : arrayOf(manifest_, "files")) {
            const std::string path = str(f, "path");
            if (path.empty()) {
                continue;
            }
            listed_.insert(path);
            const auto h = hashOf(path);
            if (!h) {
                missing(path);
                fail("file " + path, "missing");
                continue;
            }
            if (h->first != str(f, "sha256") || unsignedOf(f, "size") != h->second) {
                altered(path);
                fail("file " + path, "SHA-256 " + h->first + " differs from the manifest's " + str(f, "sha256", "?"));
                continue;
            }
            ++ok;
        }
        if (ok == arrayOf(manifest_, "files").size()) {
            pass("files in the manifest", std::to_string(ok) + " files match their size and SHA-256");
        }
        // What the manifest cannot list (it is signed before them) must be there too.
        for (const char* required :
             {kSums, kSumsSignature, kEd25519Signature, kEd25519Key, kTimestampRequest, kHandover, kVerbale}) {
            if (present_.count(required) == 0) {
                missing(required);
                fail(std::string("file ") + required, "missing");
            }
        }
        static const std::set<std::string> known = {
            kManifest,         kSums,           kCmsSignature, kEd25519Signature, kEd25519Key,
            kTimestampRequest, kTimestampReply, kHandover,     kVerbale,          kSumsSignature};
        for (const auto& p : present_) {
            if (listed_.count(p) == 0 && known.count(p) == 0) {
                report_.extra.push_back(p);
                fail("file " + p, "not listed in the manifest (added after the export)");
            }
        }
    }

    void checkSums() {
        sums_ = bytesOf(kSums);  // read once: its signature is checked later
        const auto& bytes = sums_;
        if (!bytes) {
            missing(kSums);
            fail("SHA256SUMS", "missing");
            return;
        }
        std::istringstream in(std::string(bytes->begin(), bytes->end()));
        std::string line;
        std::size_t n = 0;
        std::size_t bad = 0;
        std::set<std::string> inSums;
        while (std::getline(in, line)) {
            if (line.size() < 67 || line.substr(64, 2) != "  ") {
                ++bad;
                fail("SHA256SUMS", "a line is not '<sha256>  <file>': " + line.substr(0, 80));
                continue;
            }
            const std::string path = line.substr(66);
            inSums.insert(path);
            ++n;
            const auto h = hashOf(path);
            if (!h) {
                ++bad;
                missing(path);
                fail("SHA256SUMS " + path, "missing");
            } else if (h->first != line.substr(0, 64)) {
                ++bad;
                altered(path);
                fail("SHA256SUMS " + path, "SHA-256 differs");
            }
        }
        for (const auto& p : present_) {
            if (p != kSums && p != kSumsSignature && p != kTimestampReply && inSums.count(p) == 0 &&
                std::find(report_.extra.begin(), report_.extra.end(), p) == report_.extra.end()) {
                ++bad;
                report_.extra.push_back(p);
                fail("file " + p, "not listed in SHA256SUMS (added after the export)");
            }
        }
        for (const auto& p : {std::string(kManifest), std::string(kVerbale), std::string(kHandover)}) {
            if (inSums.count(p) == 0 && present_.count(p) != 0) {
                ++bad;
                fail("SHA256SUMS", p + " is not listed");
            }
        }
        if (bad == 0) {
            pass("SHA256SUMS", std::to_string(n) + " files match (as sha256sum -c checks)");
        }
    }

    void checkSignatures() {
        // Ed25519 of the exporting user, always present.
        const auto sig = bytesOf(kEd25519Signature);
        const auto pem = bytesOf(kEd25519Key);
        const nlohmann::json& exporter = at(manifest_, "exporter");
        if (!sig || !pem) {
            missing(sig ? kEd25519Key : kEd25519Signature);
            fail("Ed25519 signature", "the signature or the signer's key is missing");
        } else {
            const auto key = crypto::ed25519PublicKeyFromPem(std::string(pem->begin(), pem->end()));
            const auto s = rawSignature(*sig);
            if (!key || !s) {
                fail("Ed25519 signature", "the signature or key file is malformed");
            } else if (crypto::toHex(*key) != str(exporter, "public_key")) {
                fail("Ed25519 signature", "the key is not the exporter's key named in the manifest");
            } else if (!crypto::ed25519Verify(*key, manifestBytes_, *s)) {
                altered(kManifest);
                fail("Ed25519 signature", "does not verify: manifest.json or its signature was altered");
            } else {
                pass("Ed25519 signature",
                     "manifest.json signed by " + str(exporter, "name", "?") + " (" + str(exporter, "id", "?") + ")");
                exporterKey_ = key;
            }
        }
        const auto& sums = sums_;
        const auto sumsSig = bytesOf(kSumsSignature);
        if (exporterKey_ && sums && sumsSig) {
            const auto s = rawSignature(*sumsSig);
            if (!s || !crypto::ed25519Verify(*exporterKey_, *sums, *s)) {
                altered(kSums);
                fail("SHA256SUMS signature", "does not verify: SHA256SUMS or its signature was altered");
            } else {
                pass("SHA256SUMS signature", "signed by the exporter (it covers the verbale and the handover entry)");
            }
        }
        if (const auto tsq = bytesOf(kTimestampRequest);
            tsq && !crypto::x509::timestampRequestIsFor(*tsq, manifestDigest_)) {
            altered(kTimestampRequest);
            fail("time-stamp request", "manifest.json.tsq is not a request for this manifest's SHA-256");
        }
        const bool cmsExpected = str(manifest_, "signature") == "cms+ed25519";
        const auto p7s = bytesOf(kCmsSignature);
        if (!p7s) {
            if (cmsExpected || options_.ca) {
                missing(kCmsSignature);
                fail("CMS signature", cmsExpected
                                          ? "the manifest says the school signed it, but manifest.json.p7s is missing"
                                          : "a CA was given, but the export has no CMS signature (manifest.json.p7s)");
            } else {
                report_.notes.push_back(
                    "no X.509 (CMS) signature: the school had no signing certificate configured; "
                    "the export is signed with the exporting user's Ed25519 key only");
            }
            return;
        }
        const auto check = crypto::x509::verifyDetached(*p7s, manifestBytes_, options_.ca, timestampEpoch_);
        const std::string who = check.signer ? check.signer->subject : "?";
        if (!check.signatureValid) {
            fail("CMS signature", "does not verify: " + check.error);
        } else if (check.chainChecked && !check.chainValid) {
            fail("CMS signature", "signed by " + who + ", but the certificate does not chain to " +
                                      options_.ca->string() + ": " + check.error);
        } else {
            pass("CMS signature",
                 "manifest.json signed by " + who +
                     (check.signer ? " (certificate SHA-256 " + check.signer->fingerprintSha256 + ")" : "") +
                     (check.chainChecked ? std::string(", which chains to the given CA") +
                                               (timestampEpoch_ ? " (valid at the time stamp)" : "")
                                         : std::string()));
            authenticated_ = authenticated_ || check.chainChecked;
            if (!check.chainChecked) {
                report_.notes.push_back("the school's certificate chain was not checked: give the CA with --ca");
            }
        }
    }

    void checkTimestamp() {
        const auto tsr = bytesOf(kTimestampReply);
        if (!tsr) {
            report_.notes.push_back("no RFC 3161 time stamp attached (manifest.json.tsr); the request is " +
                                    std::string(present_.count(kTimestampRequest) != 0 ? "there" : "missing"));
            return;
        }
        const auto tsq = bytesOf(kTimestampRequest);
        if (!tsq) {
            missing(kTimestampRequest);
            fail("time stamp", "manifest.json.tsq is missing");
            return;
        }
        const auto check = crypto::x509::verifyTimestamp(*tsr, *tsq, manifestDigest_, options_.tsaCa);
        if (!check.granted || !check.matchesRequest || !check.signatureValid ||
            (check.chainChecked && !check.chainValid)) {
            fail("time stamp", check.error);
            return;
        }
        pass("time stamp", "manifest.json existed at " + check.genTime + " (UTC) according to " +
                               (check.tsa ? check.tsa->subject : std::string("?")));
        if (check.chainChecked) {
            timestampEpoch_ = check.genEpoch;
        }
        if (!check.chainChecked) {
            report_.notes.push_back("the time-stamping authority's chain was not checked: give its CA with --tsa-ca");
        }
    }

    void checkCustody() {
        const auto headerBytes = bytesOf("registro/custodia.json");
        std::optional<VaultHeader> header;
        try {
            if (headerBytes) {
                header = VaultHeader::fromJson(std::string(headerBytes->begin(), headerBytes->end()));
            }
        } catch (const std::exception&) {
        }
        if (!header || header->vaultId != str(manifest_, "vault_id")) {
            fail("custody log", "registro/custodia.json (the users' public keys) is missing or not this vault's");
            return;
        }
        checkKeys(*header);
        // The signed tree head.
        const auto head = TreeHead::fromJson(jsonOf("registro/testa-albero.json"));
        if (!head) {
            fail("signed tree head", "registro/testa-albero.json is missing or malformed");
            return;
        }
        const TreeHead& th = *head;
        const UserInfo* signer = header->findUser(th.signer);
        if (signer == nullptr ||
            !crypto::ed25519Verify(signer->publicKey, crypto::asBytes(treeHeadMessage(th, header->vaultId)),
                                   th.signature)) {
            fail("signed tree head", "the signature of the tree head does not verify");
            return;
        }
        const nlohmann::json& mh = at(manifest_, "tree_head");
        if (unsignedOf(mh, "tree_size") != th.treeSize || str(mh, "root_hash") != crypto::toHex(th.rootHash)) {
            fail("signed tree head", "it is not the head the manifest names");
            return;
        }
        pass("signed tree head",
             std::to_string(th.treeSize) + " entries, signed by " + signer->displayName + " at " + th.time);

        // Every entry: hash, signature, inclusion proof.
        const nlohmann::json log = jsonOf("registro/registro.json");
        if (!at(log, "entries").is_array()) {
            fail("custody log entries", "registro/registro.json is missing or malformed");
            return;
        }
        const std::int64_t caseId = integerOf(at(manifest_, "case"), "id").value_or(0);
        std::size_t good = 0;
        for (const auto& e : arrayOf(log, "entries")) {
            std::string why;
            const nlohmann::json c = checkEntry(e, *header, why);
            const std::string name = "log entry " + (integerOf(e, "seq") ? std::to_string(*integerOf(e, "seq")) : "?");
            if (c.is_null()) {
                fail(name, why);
                continue;
            }
            const auto seq = *integerOf(c, "seq");
            bool proofOk = false;
            const auto proof = proofOf(at(e, "inclusion_proof"), proofOk);
            const auto hash = *digestOf(at(e, "entry_hash"));
            if (!proofOk || seq < 1 ||
                !crypto::merkle::verifyInclusion(crypto::merkle::leafHash(hash), static_cast<std::uint64_t>(seq - 1),
                                                 th.treeSize, proof, th.rootHash)) {
                fail(name, "its inclusion proof does not lead to the signed tree head");
                continue;
            }
            const bool ofCase = integerOf(c, "case") == caseId;
            if (!ofCase && static_cast<std::uint64_t>(seq) != th.treeSize) {
                fail(name, "belongs to another case");
                continue;
            }
            entryHashes_[seq] = crypto::toHex(hash);
            entries_[seq] = c;
            ++good;
        }
        if (good == arrayOf(log, "entries").size()) {
            pass("custody log entries",
                 std::to_string(good) + " entries: hashes, Ed25519 signatures and inclusion proofs verify");
        }
        checkItems();
        checkConsistency(th);
        checkHandover(th, *header);
    }

    // The keys the export carries agree with each other: the exporter signing
    // the manifest is a dirigente or referente of this vault, and the PEM
    // copies for openssl are the keys of custodia.json.
    void checkKeys(const VaultHeader& header) {
        const nlohmann::json& exporter = at(manifest_, "exporter");
        const UserInfo* user = header.findUser(str(exporter, "id"));
        if (user == nullptr || crypto::toHex(user->publicKey) != str(exporter, "public_key")) {
            fail("exporter", "the manifest's exporter is not a user of registro/custodia.json with that key");
        } else if (user->role == Role::Docente) {
            fail("exporter", user->id + " is a docente, who cannot export a case");
        } else {
            pass("exporter",
                 user->displayName + " (" + std::string(roleName(user->role)) + ") of vault " + header.vaultId);
        }
        exporterId_ = str(exporter, "id");
        for (const auto& u : header.users) {
            const std::string rel = "registro/chiavi/" + u.id + ".pem";
            const auto pem = bytesOf(rel);
            if (!pem) {
                missing(rel);
                fail("file " + rel, "missing");
            } else if (crypto::ed25519PublicKeyFromPem(std::string(pem->begin(), pem->end())) != u.publicKey) {
                altered(rel);
                fail("file " + rel, "is not the key of " + u.id + " in registro/custodia.json");
            }
        }
    }

    // Each evidence file is what was acquired: the acquisition entry of the
    // log (signed, proven) states the SHA-256 the file has (R8: complete and
    // unaltered since acquisition).
    void checkItems() {
        std::map<std::string, std::string> acquired;  // item -> sha256 in its item.ingest entry
        for (const auto& [seq, c] : entries_) {
            if (str(c, "action") == "item.ingest" && at(c, "item").is_string()) {
                acquired[str(c, "item")] = str(at(c, "details"), "sha256");
            }
        }
        const bool plaintext = str(manifest_, "evidence_protection") == "none";
        std::size_t ok = 0;
        std::size_t total = 0;
        for (const auto& f : arrayOf(manifest_, "files")) {
            if (str(f, "role") != "evidence") {
                continue;
            }
            ++total;
            const std::string item = str(f, "item");
            const std::string path = str(f, "path");
            const nlohmann::json meta = jsonOf("metadati/reperti/" + item + ".json");
            const auto it = acquired.find(item);
            if (it == acquired.end()) {
                fail("item " + item, "no acquisition entry in the custody log excerpt");
            } else if (!meta.is_object() || str(meta, "sha256") != it->second) {
                fail("item " + item, "its metadata SHA-256 is not the one recorded at acquisition");
            } else if (plaintext && (!hashOf(path) || hashOf(path)->first != it->second)) {
                altered(path);
                fail("item " + item, path + " is not the content acquired (SHA-256 differs from the log)");
            } else {
                ++ok;
            }
        }
        if (ok == total) {
            pass("evidence since acquisition",
                 std::to_string(ok) + " evidence files" +
                     (plaintext ? " have the SHA-256 recorded in their signed acquisition entry"
                                : ": metadata match the acquisition entries (decrypt the .age files to compare the "
                                  "content, see LEGGIMI.txt)"));
        }
    }

    void checkConsistency(const TreeHead& th) {
        const nlohmann::json& previous = at(manifest_, "previous_export");
        if (previous.is_null()) {
            report_.notes.push_back("first export of this vault: no consistency proof to an earlier one");
            return;
        }
        const nlohmann::json c = jsonOf("registro/coerenza.json");
        bool proofOk = false;
        const auto proof = proofOf(at(c, "proof"), proofOk);
        const auto oldRoot = digestOf(at(c, "old_root"));
        if (!proofOk || !oldRoot || !unsignedOf(c, "old_size")) {
            fail("consistency proof", "registro/coerenza.json is missing or malformed");
            return;
        }
        const auto oldSize = *unsignedOf(c, "old_size");
        if (unsignedOf(c, "new_size") != th.treeSize || str(c, "new_root") != crypto::toHex(th.rootHash)) {
            fail("consistency proof", "registro/coerenza.json does not end at the signed tree head of this export");
            return;
        }
        if (!crypto::merkle::verifyConsistency(oldSize, th.treeSize, *oldRoot, th.rootHash, proof)) {
            fail("consistency proof",
                 "the log of this export does not extend the log of export " + str(previous, "export_id", "?"));
            return;
        }
        pass("consistency proof", "the log grew from " + std::to_string(oldSize) + " entries (export " +
                                      str(previous, "export_id", "?") + ", root " + crypto::toHex(*oldRoot) + ") to " +
                                      std::to_string(th.treeSize) + " by appending only");
    }

    void checkHandover(const TreeHead& th, const VaultHeader& header) {
        const nlohmann::json h = jsonOf(kHandover);
        if (present_.count(kHandover) == 0) {
            missing(kHandover);
            fail("handover entry", "registro/consegna.json is missing");
            return;
        }
        if (!h.is_object()) {
            altered(kHandover);
            fail("handover entry", "registro/consegna.json does not parse");
            return;
        }
        std::string why;
        const nlohmann::json c = checkEntry(h, header, why);
        if (c.is_null()) {
            altered(kHandover);
            fail("handover entry", why);
            return;
        }
        const nlohmann::json& d = at(c, "details");
        const auto prev = entryHashes_.find(static_cast<std::int64_t>(th.treeSize));
        if (integerOf(c, "seq") != static_cast<std::int64_t>(th.treeSize + 1) || prev == entryHashes_.end() ||
            str(c, "prev_hash") != prev->second) {
            fail("handover entry", "it does not follow the last entry under the signed tree head");
        } else if (str(c, "action") != "export.police" || str(d, "manifest_sha256") != crypto::toHex(manifestDigest_) ||
                   str(d, "export_id") != str(manifest_, "export_id") ||
                   str(d, "signature") != str(manifest_, "signature")) {
            fail("handover entry", "it records another manifest or export");
        } else if (str(c, "actor") != exporterId_) {
            fail("handover entry", "it was recorded by " + str(c, "actor") + ", not by the exporter");
        } else {
            pass("handover entry", "entry " + std::to_string(*integerOf(c, "seq")) + " (hash " + str(h, "entry_hash") +
                                       ") records the handover of this manifest");
        }
    }

    VerifyReport finish() {
        report_.authenticated = authenticated_ && report_.passed();
        std::sort(report_.missing.begin(), report_.missing.end());
        std::sort(report_.extra.begin(), report_.extra.end());
        std::sort(report_.altered.begin(), report_.altered.end());
        return std::move(report_);
    }

    std::filesystem::path dir_;
    const VerifyOptions& options_;
    VerifyReport report_;
    std::set<std::string> present_;
    std::set<std::string> listed_;
    std::map<std::string, std::pair<std::string, std::uint64_t>> hashes_;
    std::vector<std::uint8_t> manifestBytes_;
    std::optional<std::vector<std::uint8_t>> sums_;
    nlohmann::json manifest_;
    crypto::Digest manifestDigest_{};
    std::optional<crypto::Ed25519PublicKey> exporterKey_;
    std::optional<std::int64_t> timestampEpoch_;  // a verified time stamp's time: the certificate's check time
    bool authenticated_ = false;
    std::string exporterId_;
    std::map<std::int64_t, std::string> entryHashes_;
    std::map<std::int64_t, nlohmann::json> entries_;
};

}  // namespace

bool VerifyReport::passed() const {
    return missing.empty() && extra.empty() && altered.empty() &&
           std::all_of(checks.begin(), checks.end(), [](const Check& c) { return c.ok; });
}

VerifyReport verifyExport(const std::filesystem::path& dir, const VerifyOptions& options) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        throw Error(Error::Code::NotFound, "'" + dir.string() + "' is not a folder",
                    "give the export folder (unzip a .zip export first)");
    }
    return Verifier(dir, options).run();
}

}  // namespace custodia::vault::exports
