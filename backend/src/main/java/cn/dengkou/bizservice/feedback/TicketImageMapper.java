package cn.dengkou.bizservice.feedback;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.List;

@Mapper
interface TicketImageMapper {

    @Insert("<script>INSERT INTO feedback_image (ticket_id, position, file_id) VALUES"
            + " <foreach collection='files' item='f' index='i' separator=','>(#{ticket}, #{i}, #{f})</foreach></script>")
    int insert(@Param("ticket") long ticketId, @Param("files") List<Long> fileIds);

    @Select("SELECT file_id FROM feedback_image WHERE ticket_id = #{ticket} ORDER BY position")
    List<Long> ofTicket(@Param("ticket") long ticketId);

    /** The tickets carrying the file (one, unless a file was attached twice). */
    @Select("SELECT ticket_id FROM feedback_image WHERE file_id = #{file}")
    List<Long> ticketsOf(@Param("file") long fileId);
}
