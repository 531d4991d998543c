package cn.dengkou.bizservice.business;

import cn.dengkou.bizservice.common.ApiException;
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
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static cn.dengkou.bizservice.business.RegistryFile.invalid;

/**
 * The first worksheet of an XLSX file, streamed row by row with POI's SAX reader (the sheet is never
 * built in memory). Cells come out as Excel shows them, except dates, which come out as yyyy-MM-dd.
 */
final class XlsxSheet {

    private XlsxSheet() {
    }

    static void read(byte[] content, RegistryTable table) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
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
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg),
                    new Rows(table), new IsoDates(), false));
            try (InputStream sheet = sheets.next()) {
                xml.parse(new InputSource(sheet));
            }
        } catch (ApiException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof ApiException api) {
                throw api;
            }
            throw invalid("Excel 文件内容已损坏，无法读取");
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw invalid("无法读取 Excel 文件，请确认是 .xlsx 格式");
        } finally {
            pkg.revert(); // read only: never write the package back
        }
    }

    /** Collects one sheet row's cells by column (empty cells are absent from the XML) and passes it on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RegistryTable table;
        private final List<String> cells = new ArrayList<>();

        Rows(RegistryTable table) {
            this.table = table;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            table.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            if (column < cells.size()) {
                cells.set(column, value);
            } else {
                cells.add(value);
            }
        }
    }

    /** Date-formatted cells come out as yyyy-MM-dd whatever their display format or locale. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
