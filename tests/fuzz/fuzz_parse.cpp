// libFuzzer target: arbitrary bytes through parse(); every frame that parses
// is rebuilt with its builder and parsed again, and the two parses must agree.
// That catches out-of-bounds reads (with ASan) and any field the parser and
// the builder disagree about.
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "proto/aoe.h"
#include "proto/identify.h"

using namespace aoe;

namespace {

void check(bool ok) {
    if (!ok) __builtin_trap();
}

bool same_header(const Header& a, const Header& b) {
    return a.dst == b.dst && a.src == b.src && a.version == b.version && a.flags == b.flags &&
           a.error == b.error && a.major == b.major && a.minor == b.minor &&
           a.command == b.command && a.tag == b.tag;
}

bool same_bytes(std::span<const uint8_t> a, std::span<const uint8_t> b) {
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size()) == 0);
}

// Big enough for any frame the builders can make from a parsed one: an ATA
// frame echoes all its bytes, so this also bounds the inputs we round-trip.
uint8_t g_out[1 << 17];
MaskDirective g_dirs[255];
Mac g_macs[255];

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::span<const uint8_t> in(data, size);
    Frame a;
    const ParseError e = parse(in, a);
    check(to_string(e) != nullptr);
    if (e != ParseError::kOk || size > sizeof g_out) return 0;

    const std::span<uint8_t> out(g_out, sizeof g_out);
    size_t n = 0;
    switch (a.header.command) {
        case kCmdAta:
            n = build_ata(out, a.header, a.ata.args, a.ata.data);
            break;
        case kCmdConfig:
            n = build_config(out, a.header, a.config);
            break;
        case kCmdMaskList:
            for (size_t i = 0; i < a.mask.count; ++i) g_dirs[i] = a.mask.directive(i);
            n = build_mask(out, a.header, a.mask.mcmd, a.mask.merror,
                           std::span<const MaskDirective>(g_dirs, a.mask.count));
            break;
        case kCmdReserve:
            for (size_t i = 0; i < a.reserve.nmacs; ++i) g_macs[i] = a.reserve.mac(i);
            n = build_reserve(out, a.header, a.reserve.rcmd,
                              std::span<const Mac>(g_macs, a.reserve.nmacs));
            break;
        default:
            __builtin_trap();  // parse accepted a command it has no message for
    }
    check(n >= kMinFrameLen && n <= sizeof g_out);

    Frame b;
    check(parse(std::span<const uint8_t>(g_out, n), b) == ParseError::kOk);
    check(same_header(a.header, b.header));
    switch (a.header.command) {
        case kCmdAta: {
            const AtaArgs& x = a.ata.args;
            const AtaArgs& y = b.ata.args;
            check(x.aflags == y.aflags && x.err_feature == y.err_feature &&
                  x.sector_count == y.sector_count && x.cmd_status == y.cmd_status &&
                  x.lba == y.lba && x.address() == y.address());
            // The rebuilt frame may be longer by its zero padding.
            check(b.ata.data.size() >= a.ata.data.size());
            check(same_bytes(a.ata.data, b.ata.data.first(a.ata.data.size())));
            for (size_t i = a.ata.data.size(); i < b.ata.data.size(); ++i)
                check(b.ata.data[i] == 0);
            // Exercise the initiator-side check with the frame as its own request.
            check(check_ata_response(b, x) == check_ata_response(a, x));
            break;
        }
        case kCmdConfig:
            check(a.config.buffer_count == b.config.buffer_count &&
                  a.config.firmware == b.config.firmware &&
                  a.config.sector_count == b.config.sector_count &&
                  a.config.aoe_version == b.config.aoe_version &&
                  a.config.ccmd == b.config.ccmd);
            check(same_bytes(a.config.config, b.config.config));
            break;
        case kCmdMaskList:
            check(a.mask.mcmd == b.mask.mcmd && a.mask.merror == b.mask.merror &&
                  a.mask.count == b.mask.count && a.mask.raw.size() == b.mask.raw.size());
            for (size_t i = 0; i < a.mask.count; ++i) {
                const MaskDirective x = a.mask.directive(i), y = b.mask.directive(i);
                check(x.dcmd == y.dcmd && x.mac == y.mac);
            }
            break;
        case kCmdReserve:
            check(a.reserve.rcmd == b.reserve.rcmd && a.reserve.nmacs == b.reserve.nmacs);
            check(same_bytes(a.reserve.raw, b.reserve.raw));
            break;
    }

    // An ATA payload of a full sector may be an IDENTIFY page: reading one
    // back must never fail or read outside it.
    if (a.header.command == kCmdAta && a.ata.data.size() >= kIdentifyLen) {
        const std::span<const uint8_t, kIdentifyLen> page(a.ata.data.data(), kIdentifyLen);
        const IdentifyFields f = parse_identify(page);
        check(f.model[40] == 0 && f.serial[20] == 0 && f.firmware[8] == 0);
        (void)identify_checksum_ok(page);
    }
    return 0;
}
