package cn.dengkou.bizservice.common.excel;

import cn.dengkou.bizservice.common.ApiException;
import cn.dengkou.bizservice.common.ErrorCode;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The first worksheet of an XLSX file, streamed row by row with POI's SAX reader: the sheet is never built in
 * memory, only the shared strings are. Cells come out as Excel shows them (a number typed as text, such as a
 * phone number or a USCC, stays exactly as typed), except dates, which come out as yyyy-MM-dd
 * (with HH:mm:ss after it when the cell holds a time of day).
 * <p>
 * Protections are POI's: the zip is refused when an entry inflates more than 100 times its compressed size
 * ({@code ZipSecureFile}, "zip bomb"), and the XML reader ({@link XMLHelper}) refuses DOCTYPEs, so no entity
 * expansion or external entity. A file that cannot be read is IMPORT_FILE_INVALID with a Chinese detail;
 * an exception thrown by the row handler (a row limit, say) comes out unchanged.
 */
public final class XlsxReader {

    /** Gets each row that has a cell: its 1-based row number in the sheet and its cells from column A ("" if empty). */
    @FunctionalInterface
    public interface Rows {
        void row(int number, List<String> cells);
    }

    private XlsxReader() {
    }

    public static void read(InputStream content, Rows rows) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(content);
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw invalid("无法读取 Excel 文件，请确认是 .xlsx 格式");
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw invalid("Excel 文件中没有工作表");
            }
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setErrorHandler(QUIET); // a broken upload is the user's 400, not an ERROR line in our log
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg),
                    new Cells(rows), new IsoDates(), false));
            try (InputStream sheet = sheets.next()) {
                xml.parse(new InputSource(sheet));
            }
        } catch (HandlerFailure e) {
            throw e.getCause();
        } catch (ApiException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof HandlerFailure failure) {
                throw failure.getCause();
            }
            throw invalid("Excel 文件内容已损坏，无法读取");
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw invalid("无法读取 Excel 文件，请确认是 .xlsx 格式");
        } finally {
            pkg.revert(); // read only: never write the package back
        }
    }

    private static final ErrorHandler QUIET = new DefaultHandler() {
        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static ApiException invalid(String detail) {
        return new ApiException(ErrorCode.IMPORT_FILE_INVALID, detail);
    }

    /** Carries the row handler's own exception past the parser, so it is not mistaken for a broken file. */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** Collects one row's cells by column (empty cells are absent from the XML) and hands the row on. */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private List<String> cells = new ArrayList<>();

        Cells(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                rows.row(rowNum + 1, Collections.unmodifiableList(cells));
            } catch (RuntimeException e) {
                throw new HandlerFailure(e);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            String text = value == null ? "" : value;
            if (column < cells.size()) {
                cells.set(column, text);
            } else {
                cells.add(text);
            }
        }
    }

    /**
     * Date-formatted cells come out as yyyy-MM-dd whatever their display format or locale, and as
     * yyyy-MM-dd HH:mm:ss when they hold a time of day.
     */
    private static final class IsoDates extends DataFormatter {
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing, true);
                return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.format(DATE_TIME);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
