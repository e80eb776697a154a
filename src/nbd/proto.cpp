// NBD codec: see proto.h. Everything on the wire is big-endian.
#include "nbd/proto.h"

#include <cstring>

namespace aoe::nbd {

namespace {

void put16(std::vector<uint8_t>& o, uint16_t v) {
    o.push_back(uint8_t(v >> 8));
    o.push_back(uint8_t(v));
}
void put32(std::vector<uint8_t>& o, uint32_t v) {
    for (int s = 24; s >= 0; s -= 8) o.push_back(uint8_t(v >> s));
}
void put64(std::vector<uint8_t>& o, uint64_t v) {
    for (int s = 56; s >= 0; s -= 8) o.push_back(uint8_t(v >> s));
}
void store32(uint8_t* p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = uint8_t(v >> (24 - 8 * i));
}
void store64(uint8_t* p, uint64_t v) {
    for (int i = 0; i < 8; i++) p[i] = uint8_t(v >> (56 - 8 * i));
}
uint16_t get16(const uint8_t* p) { return uint16_t(p[0] << 8 | p[1]); }
uint32_t get32(const uint8_t* p) {
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
}
uint64_t get64(const uint8_t* p) { return uint64_t(get32(p)) << 32 | get32(p + 4); }

// Clients may name the export, or ask for the default one with "".
bool name_matches(const Export& e, std::string_view name) {
    return name.empty() || name == e.name;
}

void put_info_export(std::vector<uint8_t>& out, uint32_t option, const Export& e) {
    std::vector<uint8_t> d;
    put16(d, kInfoExport);
    put64(d, e.size);
    put16(d, transmission_flags(e));
    put_option_reply(out, option, kRepInfo, d);
}

void put_info_block_size(std::vector<uint8_t>& out, uint32_t option, const Export& e) {
    std::vector<uint8_t> d;
    put16(d, kInfoBlockSize);
    put32(d, e.min_block);
    put32(d, e.pref_block);
    put32(d, kMaxPayload);
    put_option_reply(out, option, kRepInfo, d);
}

void put_info_string(std::vector<uint8_t>& out, uint32_t option, uint16_t type,
                     const std::string& s) {
    std::vector<uint8_t> d;
    put16(d, type);
    d.insert(d.end(), s.begin(), s.end());
    put_option_reply(out, option, kRepInfo, d);
}

void put_error(std::vector<uint8_t>& out, uint32_t option, uint32_t type, const char* msg) {
    // Error replies may carry a human-readable message; nbdinfo prints it.
    put_option_reply(out, option, type,
                     std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(msg),
                                              std::strlen(msg)));
}

// NBD_OPT_INFO / NBD_OPT_GO: 32-bit name length, name, 16-bit count of
// information requests, then that many 16-bit NBD_INFO types.
OptionOutcome info_or_go(const Export& e, uint32_t option, std::span<const uint8_t> data) {
    OptionOutcome r;
    const uint8_t* p = data.data();
    size_t n = data.size();
    if (n < 6) {
        put_error(r.reply, option, kRepErrInvalid, "option payload too short");
        return r;
    }
    uint32_t name_len = get32(p);
    if (name_len > n - 6) {
        put_error(r.reply, option, kRepErrInvalid, "export name length exceeds the option");
        return r;
    }
    std::string_view name(reinterpret_cast<const char*>(p + 4), name_len);
    uint16_t count = get16(p + 4 + name_len);
    if (n != 6 + size_t(name_len) + 2 * size_t(count)) {
        put_error(r.reply, option, kRepErrInvalid, "information request count does not match");
        return r;
    }
    if (!name_matches(e, name)) {
        put_error(r.reply, option, kRepErrUnknown, "no such export; NBD_OPT_LIST names it");
        return r;
    }
    bool want_name = false, want_desc = false;
    for (uint16_t i = 0; i < count; i++) {
        uint16_t t = get16(p + 6 + name_len + 2 * i);
        if (t == kInfoName) want_name = true;
        if (t == kInfoDescription) want_desc = true;
    }
    put_info_export(r.reply, option, e);
    // Block sizes go out even unasked: every size from 1 byte up is served.
    put_info_block_size(r.reply, option, e);
    if (want_name) put_info_string(r.reply, option, kInfoName, e.name);
    if (want_desc && !e.description.empty())
        put_info_string(r.reply, option, kInfoDescription, e.description);
    put_option_reply(r.reply, option, kRepAck, {});
    r.next = option == kOptGo ? Next::kTransmission : Next::kContinue;
    return r;
}

}  // namespace

uint16_t transmission_flags(const Export& e) {
    uint16_t f = kTxHasFlags;
    if (e.read_only) f |= kTxReadOnly;
    if (e.can_flush) f |= kTxSendFlush | kTxSendFua;
    if (e.multi_conn) f |= kTxCanMultiConn;
    return f;
}

void put_greeting(std::vector<uint8_t>& out) {
    put64(out, kNbdMagic);
    put64(out, kOptMagic);
    put16(out, kFlagFixedNewstyle | kFlagNoZeroes);
}

OptionHeader parse_option_header(std::span<const uint8_t, kOptionHeaderSize> in) {
    return {get64(in.data()), get32(in.data() + 8), get32(in.data() + 12)};
}

void put_option_reply(std::vector<uint8_t>& out, uint32_t option, uint32_t type,
                      std::span<const uint8_t> data) {
    put64(out, kOptReplyMagic);
    put32(out, option);
    put32(out, type);
    put32(out, uint32_t(data.size()));
    out.insert(out.end(), data.begin(), data.end());
}

OptionOutcome handle_option(const Export& e, uint32_t option, std::span<const uint8_t> data,
                            bool no_zeroes) {
    OptionOutcome r;
    switch (option) {
    case kOptExportName: {
        // This option has no error reply: an unknown name can only be refused
        // by closing the connection.
        std::string_view name(reinterpret_cast<const char*>(data.data()), data.size());
        if (!name_matches(e, name)) {
            r.next = Next::kClose;
            return r;
        }
        put64(r.reply, e.size);
        put16(r.reply, transmission_flags(e));
        if (!no_zeroes) r.reply.resize(r.reply.size() + 124, 0);
        r.next = Next::kTransmission;
        return r;
    }
    case kOptAbort:
        put_option_reply(r.reply, option, kRepAck, {});
        r.next = Next::kClose;
        return r;
    case kOptList: {
        if (!data.empty()) {
            put_error(r.reply, option, kRepErrInvalid, "NBD_OPT_LIST takes no data");
            return r;
        }
        std::vector<uint8_t> d;
        put32(d, uint32_t(e.name.size()));
        d.insert(d.end(), e.name.begin(), e.name.end());
        d.insert(d.end(), e.description.begin(), e.description.end());
        put_option_reply(r.reply, option, kRepServer, d);
        put_option_reply(r.reply, option, kRepAck, {});
        return r;
    }
    case kOptInfo:
    case kOptGo:
        return info_or_go(e, option, data);
    default:
        // STARTTLS, STRUCTURED_REPLY, meta contexts, ...: simple replies only.
        put_error(r.reply, option, kRepErrUnsup, "option not supported by aoeboot");
        return r;
    }
}

Request parse_request(std::span<const uint8_t, kRequestSize> in) {
    const uint8_t* p = in.data();
    return {get32(p), get16(p + 4), get16(p + 6), get64(p + 8), get64(p + 16), get32(p + 24)};
}

void put_request(uint8_t out[kRequestSize], const Request& r) {
    store32(out, r.magic);
    out[4] = uint8_t(r.flags >> 8);
    out[5] = uint8_t(r.flags);
    out[6] = uint8_t(r.type >> 8);
    out[7] = uint8_t(r.type);
    store64(out + 8, r.handle);
    store64(out + 16, r.offset);
    store32(out + 24, r.length);
}

void put_reply(uint8_t out[kReplySize], uint32_t error, uint64_t handle) {
    store32(out, kSimpleReplyMagic);
    store32(out + 4, error);
    store64(out + 8, handle);
}

Reply parse_reply(std::span<const uint8_t, kReplySize> in) {
    return {get32(in.data()), get32(in.data() + 4), get64(in.data() + 8)};
}

Check check_request(const Export& e, const Request& r) {
    if (r.magic != kRequestMagic) return {Verdict::kClose, kEINVAL};
    bool in_range = r.offset <= e.size && r.length <= e.size - r.offset;
    switch (r.type) {
    case kCmdDisc:
        return {Verdict::kDisconnect, kErrNone};
    case kCmdRead:
        if (r.flags != 0) return {Verdict::kError, kEINVAL};
        if (r.length == 0 || r.length > kMaxPayload) return {Verdict::kError, kEINVAL};
        if (!in_range) return {Verdict::kError, kEINVAL};
        return {};
    case kCmdWrite:
        // A payload we refuse to buffer cannot be skipped either: close.
        if (r.length > kMaxPayload) return {Verdict::kErrorClose, kEOVERFLOW};
        if (r.flags & ~kCmdFlagFua) return {Verdict::kError, kEINVAL};
        if ((r.flags & kCmdFlagFua) && !e.can_flush) return {Verdict::kError, kEINVAL};
        if (e.read_only) return {Verdict::kError, kEPERM};
        if (r.length == 0) return {Verdict::kError, kEINVAL};
        if (r.offset > e.size || r.offset + r.length < r.offset) return {Verdict::kError, kEINVAL};
        if (!in_range) return {Verdict::kError, kENOSPC};
        return {};
    case kCmdFlush:
        if (!e.can_flush || r.flags != 0 || r.offset != 0 || r.length != 0)
            return {Verdict::kError, kEINVAL};
        return {};
    default:
        // TRIM (not advertised: the AoE side has no discard), WRITE_ZEROES,
        // BLOCK_STATUS, unknown: no payload follows any of them.
        return {Verdict::kError, kEINVAL};
    }
}

const char* command_name(uint16_t type) {
    switch (type) {
    case kCmdRead: return "read";
    case kCmdWrite: return "write";
    case kCmdDisc: return "disconnect";
    case kCmdFlush: return "flush";
    case kCmdTrim: return "trim";
    default: return "unknown";
    }
}

}  // namespace aoe::nbd
