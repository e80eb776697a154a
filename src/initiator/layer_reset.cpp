#include "initiator/layer_reset.h"

#include <algorithm>

#include "base/clock.h"
#include "net/rawsock.h"
#include "proto/layer_cmd.h"

namespace aoe::initiator {

bool layer_reset(const TargetPath& path, Address a, int timeout_ms, LayerResetAnswer& answer,
                 uint8_t& status, std::string& err) {
    answer = LayerResetAnswer::kNoAnswer;
    net::Interface iface;
    if (!net::get_interface(path.iface, iface, err)) return false;
    net::RawSocket s;
    net::Filter f;
    f.responses = true;
    if (!net::open_socket(s, iface, f, err)) return false;
    Header h;
    h.dst = path.target_mac;
    h.src = iface.mac;
    h.major = a.shelf;
    h.minor = a.slot;
    h.tag = uint32_t(monotonic_us()) & 0x7FFFFFFF;
    uint8_t frame[kMinFrameLen];
    build_layer_cmd(frame, h, kLayerOpReset, 0);
    net::RecvBatch b;
    const int64_t end = monotonic_ms() + timeout_ms;
    for (int tries = 0; tries < 3 && monotonic_ms() < end; tries++) {
        if (!net::send_frame(s, frame)) {
            err = "cannot send the layer reset on " + path.iface;
            net::close_socket(s);
            return false;
        }
        // The reset is idempotent: a retransmit after a lost reply answers
        // "nothing to reset", which is as good.
        const int64_t try_end = std::min(end, monotonic_ms() + timeout_ms / 3 + 1);
        while (monotonic_ms() < try_end) {
            const int fd = s.fd;
            if (net::wait_readable(std::span<const int>(&fd, 1), int(try_end - monotonic_ms())) < 0) continue;
            const int n = net::receive(s, b);
            for (int i = 0; i < n; i++) {
                Frame r;
                const auto fr = b.frame(i);
                const ParseError pe = parse(fr, r);
                if (!r.header.is_response() || r.header.tag != h.tag || r.header.src != path.target_mac) continue;
                uint8_t op = 0;
                if (r.header.is_error()) {
                    answer = LayerResetAnswer::kRefused;
                } else if (pe == ParseError::kVendorCommand && parse_layer_cmd(fr, r.header, op, status)) {
                    answer = LayerResetAnswer::kStatus;
                } else {
                    continue;
                }
                net::close_socket(s);
                return true;
            }
        }
    }
    net::close_socket(s);
    return true;
}

}  // namespace aoe::initiator
