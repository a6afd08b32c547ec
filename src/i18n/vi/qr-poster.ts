/** Vietnamese messages of <motcua-qr-poster>. */
import type { Message } from '../messages.js';

export const viQrPoster = {
  // <motcua-qr-poster>.
  'qrPoster.label': 'Áp phích mã QR thủ tục hành chính',
  'qrPoster.scan': 'Quét mã QR để xem hướng dẫn thủ tục',
  'qrPoster.field': 'Lĩnh vực',
  'qrPoster.time': 'Thời hạn giải quyết',
  'qrPoster.code': 'Mã thủ tục',
  'qrPoster.office': 'Nơi tiếp nhận',
  'qrPoster.qrLabel': 'Mã QR dẫn đến {url}',
  'qrPoster.print': 'In áp phích',
  'qrPoster.printCards': 'In thẻ',
  'qrPoster.empty': 'Chưa có thủ tục nào để in. Hãy liệt kê mã thủ tục trong thuộc tính codes, ví dụ codes="1.001108, 2.000884".',
  'qrPoster.missing': 'Không tải được các thủ tục: {codes}.',
  'qrPoster.ready': { other: 'Đã sẵn sàng {count} mã QR để in.' },
} as const satisfies Record<string, Message>;
